package org.transdesk.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.transdesk.article.Output;

/** A generation run as recorded: who, which node and lease, progress and the end of each output. */
public record RunStatus(long id, long articleId, List<Output> outputs, RegenerateMode mode, RunState state, String startedBy,
                        String ownerNode, Instant leaseUntil, int done, int total, String reason, Instant startedAt,
                        Instant updatedAt, Instant finishedAt, Map<Output, OutputProgress> perOutput) {

    public RunStatus {
        outputs = List.copyOf(outputs);
        perOutput = Map.copyOf(perOutput);
    }

    /** One output of the run. */
    public record OutputProgress(Output output, RunState state, int done, int total, String reason) {
    }

    /** Whether the run still holds its outputs: active and its lease not expired at {@code now}. */
    public boolean holdsAt(Instant now) {
        return state.isActive() && leaseUntil.isAfter(now);
    }
}
