package org.transdesk.generation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.transdesk.review.GenerationRunService;
import org.transdesk.review.RunSettings;
import org.transdesk.review.RunState;

/**
 * While this node works on a run: every {@code transdesk.generation.heartbeat} it writes the run's
 * progress, renews the lease every {@code lease-renew}, and reads the run's state. A cancel recorded
 * elsewhere stops the run; a lost hold (lease expired and taken over) stops it and its result is
 * discarded. Runs under the starting user's identity, like the run itself.
 */
@Component
class RunHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final GenerationRunService runs;
    private final RunSettings settings;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("generation-heartbeat").factory());
    private final Map<Long, ScheduledFuture<?>> watched = new ConcurrentHashMap<>();

    RunHeartbeat(GenerationRunService runs, RunSettings settings) {
        this.runs = runs;
        this.settings = settings;
    }

    /** Starts beating for {@code run}; call from a thread with the starting user's security context. */
    void watch(GenerationRun run) {
        Instant[] renewed = {Instant.now()};
        Runnable beat = new DelegatingSecurityContextRunnable(() -> beat(run, renewed));
        long every = settings.heartbeat().toMillis();
        watched.put(run.id(), ticks.scheduleWithFixedDelay(beat, every, every, TimeUnit.MILLISECONDS));
    }

    void stop(GenerationRun run) {
        ScheduledFuture<?> beat = watched.remove(run.id());
        if (beat != null) {
            beat.cancel(false);
        }
    }

    private void beat(GenerationRun run, Instant[] renewed) {
        try {
            Instant now = Instant.now();
            boolean renew = Duration.between(renewed[0], now).compareTo(settings.leaseRenew()) >= 0;
            Optional<RunState> state = runs.heartbeat(run.id(), run.progress(), renew);
            if (renew && state.isPresent()) {
                renewed[0] = now;
            }
            if (state.isEmpty()) {
                if (!run.hasLostClaim()) {
                    log.warn("Generation run {} lost its lease on this node (taken over or reset): stopping it, its result will be discarded", run.id());
                }
                run.claimLost();
            } else if (state.get() == RunState.CANCEL_REQUESTED) {
                run.cancelledElsewhere();
            }
        } catch (RuntimeException e) {
            log.warn("Heartbeat of generation run {} failed; trying again in {}", run.id(), settings.heartbeat(), e);
        }
    }

    @Override
    public void destroy() {
        ticks.shutdownNow();
    }
}
