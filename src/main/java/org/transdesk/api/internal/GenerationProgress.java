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

    private final Map<String, Progress> runs = new ConcurrentHashMap<>();

    GenerationObserver observe(long articleId) {
        return new GenerationObserver() {
            @Override
            public void progress(Output output, int done, int total) {
                runs.put(key(articleId, output), new Progress("RUNNING", done, total, null));
            }

            @Override
            public void finished(Output output, DraftOutcome outcome) {
                runs.put(key(articleId, output), new Progress("FINISHED", outcome.length(), outcome.length(), outcome.notice()));
            }

            @Override
            public void failed(Output output, String message) {
                runs.put(key(articleId, output), new Progress("FAILED", 0, 0, message));
            }
        };
    }

    void started(long articleId, Output output) {
        runs.put(key(articleId, output), new Progress("RUNNING", 0, 0, null));
    }

    Progress of(long articleId, Output output) {
        return runs.getOrDefault(key(articleId, output), new Progress("NONE", 0, 0, null));
    }

    private static String key(long articleId, Output output) {
        return articleId + "/" + output.key();
    }
}
