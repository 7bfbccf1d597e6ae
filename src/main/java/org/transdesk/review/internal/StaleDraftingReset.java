package org.transdesk.review.internal;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.NodeId;
import org.transdesk.review.OutputState;
import org.transdesk.review.RunSettings;

/**
 * Outputs left Drafting by a run whose node stopped go back to a state an editor can act on, each
 * with an audit entry (by "system"). Only claims whose lease expired are reset (or claims older than
 * runs): a run another node is working on keeps its outputs. Runs at start and then every lease
 * period; off for the command line ({@code transdesk.generation.reset-stale-runs=false}), which never
 * resets other runs.
 */
@Component
class StaleDraftingReset {

    private static final Logger log = LoggerFactory.getLogger(StaleDraftingReset.class);
    private final RunRepository runs;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final RunSettings settings;
    private final NodeId node;
    private ScheduledExecutorService sweeper;

    StaleDraftingReset(RunRepository runs, AuditLog audit, TransactionTemplate transaction, RunSettings settings, NodeId node) {
        this.runs = runs;
        this.audit = audit;
        this.transaction = transaction;
        this.settings = settings;
        this.node = node;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void startSweeping() {
        if (!settings.resetStaleRuns() || sweeper != null) {
            return;
        }
        resetExpiredClaims();
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("stale-run-sweeper").factory());
        long period = settings.lease().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    public synchronized void stopSweeping() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    private void sweepQuietly() {
        try {
            resetExpiredClaims();
        } catch (RuntimeException e) {
            log.warn("Could not reset outputs of stopped generation runs; will try again", e);
        }
    }

    /** Resets every Drafting output whose run no longer holds a valid lease; returns how many. */
    public int resetExpiredClaims() {
        Integer reset = transaction.execute(status -> {
            Instant now = Instant.now();
            int count = 0;
            for (RunRepository.StaleClaim s : runs.staleClaims(now)) {
                OutputState to = !s.hasText() ? OutputState.NOT_STARTED
                        : s.draftingFrom() == null || s.draftingFrom() == OutputState.DRAFTING ? OutputState.NEEDS_REVIEW : s.draftingFrom();
                if (!runs.resetStale(s.draftId(), s.runId(), to, now)) {
                    continue; // a run took it over meanwhile
                }
                String why = s.runId() == null ? "generation interrupted by a restart"
                        : "run " + s.runId() + " on " + s.ownerNode() + " stopped: its lease expired";
                if (s.runId() != null) {
                    runs.expire(s.runId(), "Lease expired (node " + s.ownerNode() + " stopped?); outputs reset by node " + node.id(), now);
                }
                audit.record("state.changed", s.articleId(), s.output(), OutputState.DRAFTING.label() + " → " + to.label() + " (" + why + ")");
                count++;
            }
            return count;
        });
        if (reset != null && reset > 0) {
            log.info("Reset {} output(s) whose generation run stopped (lease expired)", reset);
        }
        return reset == null ? 0 : reset;
    }
}
