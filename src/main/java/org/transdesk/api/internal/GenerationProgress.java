package org.transdesk.api.internal;

import org.springframework.stereotype.Component;
import org.transdesk.article.Output;
import org.transdesk.review.GenerationRunService;
import org.transdesk.review.RunStatus;

/**
 * Progress of generations as the database records them (generation_run), so every node answers the
 * same: the node that runs the generation writes progress at each heartbeat, and a poll on another
 * node reads it.
 */
@Component
class GenerationProgress {

    record Progress(String status, int done, int total, String message) {
    }

    private final GenerationRunService runs;

    GenerationProgress(GenerationRunService runs) {
        this.runs = runs;
    }

    /** The newest run of the output: RUNNING, CANCEL_REQUESTED, CANCELLED, FINISHED or FAILED; NONE before any run. */
    Progress of(long articleId, Output output) {
        return runs.latest(articleId, output).map(run -> {
            RunStatus.OutputProgress p = run.perOutput().get(output);
            String status = run.state().isActive() ? run.state().name() : p == null ? run.state().name() : p.state().name();
            return new Progress(status, p == null ? 0 : p.done(), p == null ? 0 : p.total(), p == null ? run.reason() : p.reason());
        }).orElse(new Progress("NONE", 0, 0, null));
    }
}
