package org.transdesk.memory.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.transdesk.memory.MemorySettings;
import org.transdesk.review.VersionApproved;

/**
 * Delivers failed learnings again while the app runs (the registry's restart republishing covers the
 * rest): every {@code transdesk.memory.learning-retry} (default 5 minutes), approvals whose learning
 * failed at least that long ago are handed to the learner once more. A failure of the kind that
 * passes — a lock timeout while another node imports a large TMX — then costs minutes, not a restart.
 */
@Component
class LearningRetry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LearningRetry.class);

    private final FailedEventPublications failed;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("learning-retry").factory());

    LearningRetry(FailedEventPublications failed, MemorySettings settings) {
        this.failed = failed;
        this.every = settings.learningRetry();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!every.isZero()) {
            timer.scheduleWithFixedDelay(this::retry, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(every).withFilter(p -> p.getEvent() instanceof VersionApproved));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed learnings; next try in {}", every, e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
