package org.transdesk.memory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.transdesk.article.Output;

/** Learning runs after an approval commits, on another thread: tests await its report instead of sleeping. */
public final class Learned {

    private Learned() {
    }

    public static LearningReport report(MemoryLearning learning, long articleId, Output output, int version) {
        return await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .until(() -> learning.report(articleId, output, version), java.util.Optional::isPresent).orElseThrow();
    }
}
