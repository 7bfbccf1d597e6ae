package org.transdesk.api.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.review.DraftOutcome;

/** Progress of generations started through the API, kept in memory for polling (the draft state itself is in the database). */
@Component
class GenerationProgress {

    record Progress(String status, int done, int total, String message) {
    }

    private static final Progress NONE = new Progress("NONE", 0, 0, null);

    /** One run's progress; its observer may report before the run is registered, so it writes here, not to the map. */
    static final class Run {
        private volatile Progress progress = new Progress("RUNNING", 0, 0, null);
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /** An observer of a run about to start; {@link #started} makes it the one polled once the start succeeded. */
    GenerationObserver observe(Run run) {
        return new GenerationObserver() {
            @Override
            public void progress(Output output, int done, int total) {
                run.progress = new Progress("RUNNING", done, total, null);
            }

            @Override
            public void finished(Output output, DraftOutcome outcome) {
                run.progress = new Progress("FINISHED", outcome.length(), outcome.length(), outcome.notice());
            }

            @Override
            public void failed(Output output, String message) {
                run.progress = new Progress("FAILED", 0, 0, message);
            }
        };
    }

    void started(long articleId, Output output, Run run) {
        runs.put(key(articleId, output), run);
    }

    Progress of(long articleId, Output output) {
        Run run = runs.get(key(articleId, output));
        return run == null ? NONE : run.progress;
    }

    private static String key(long articleId, Output output) {
        return articleId + "/" + output.key();
    }
}
