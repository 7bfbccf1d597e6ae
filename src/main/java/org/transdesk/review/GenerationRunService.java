package org.transdesk.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.NodeId;
import org.transdesk.review.internal.RunRepository;

/**
 * Generation runs as the database records them: progress and state for every node, the REST API
 * and the command line; cancel requests (recorded, so the node working on the run sees them at its
 * next heartbeat); and the owning node's heartbeat, which renews the lease.
 */
@Service
public class GenerationRunService {

    private final RunRepository runs;
    private final RunSettings settings;
    private final NodeId node;
    private final AuditLog audit;

    GenerationRunService(RunRepository runs, RunSettings settings, NodeId node, AuditLog audit) {
        this.runs = runs;
        this.settings = settings;
        this.node = node;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<RunStatus> status(long runId) {
        return runs.find(runId);
    }

    /** The newest run of the article that includes {@code output}: what a progress poll reads. */
    @PreAuthorize("isAuthenticated()")
    public Optional<RunStatus> latest(long articleId, Output output) {
        return runs.latest(articleId, output);
    }

    /** Runs of the article still holding outputs or asked to stop. */
    @PreAuthorize("isAuthenticated()")
    public List<RunStatus> active(long articleId) {
        return runs.active(articleId);
    }

    /**
     * Asks a run to stop: recorded in the database, so it works from any node, the API or the command
     * line; the node running it stops at its next heartbeat (every {@code transdesk.generation.heartbeat})
     * and keeps what was drafted before the stop. False when the run is not running.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public boolean cancel(long runId) {
        boolean requested = runs.requestCancel(runId, Instant.now());
        if (requested) {
            runs.find(runId).ifPresent(r -> audit.record("generation.cancel-requested", r.articleId(), null, "run " + r.id()));
        }
        return requested;
    }

    /**
     * The owning node's heartbeat: writes progress ({@code done, total} per output) and, with
     * {@code renewLease}, extends the lease. Returns the run's state, or empty when this node no longer
     * holds the run (its lease expired and it was taken over or reset): the node must stop and discard
     * the result.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Optional<RunState> heartbeat(long runId, Map<Output, int[]> progress, boolean renewLease) {
        Instant now = Instant.now();
        return runs.heartbeat(runId, node.id(), now, renewLease ? now.plus(settings.lease()) : null, progress);
    }
}
