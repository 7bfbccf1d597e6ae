package org.transdesk.generation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.transdesk.article.Output;
import org.transdesk.review.GenerationRunService;

/**
 * A started generation, as this node works on it: wait for it, or cancel it. The run is recorded in
 * the database ({@link #id()}); a cancel is recorded there too, so a cancel from another node or the
 * REST API stops it as well (seen at the next heartbeat). Paragraphs drafted before a cancel are kept.
 */
public final class GenerationRun {

    private final long id;
    private final GenerationRunService runs;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean claimLost = new AtomicBoolean();
    private final Map<Output, int[]> progress = new ConcurrentHashMap<>();
    private volatile List<CompletableFuture<?>> jobs = List.of();

    GenerationRun(long id, GenerationRunService runs) {
        this.id = id;
        this.runs = runs;
    }

    /** The run's id in the database (generation_run). */
    public long id() {
        return id;
    }

    void attach(List<CompletableFuture<?>> futures) {
        this.jobs = List.copyOf(futures);
    }

    /** Records the cancel in the database and stops this node's work on the run at the next paragraph or streamed chunk. */
    public void cancel() {
        cancelled.set(true);
        runs.cancel(id);
    }

    /** A cancel recorded elsewhere (seen by the heartbeat): stop without recording again. */
    void cancelledElsewhere() {
        cancelled.set(true);
    }

    /** The heartbeat found that this node no longer holds the run: stop, and discard the result. */
    void claimLost() {
        claimLost.set(true);
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean hasLostClaim() {
        return claimLost.get();
    }

    void progress(Output output, int done, int total) {
        progress.put(output, new int[] {done, total});
    }

    Map<Output, int[]> progress() {
        Map<Output, int[]> copy = new java.util.LinkedHashMap<>();
        progress.forEach((o, p) -> copy.put(o, p.clone()));
        return copy;
    }

    public boolean isDone() {
        return jobs.stream().allMatch(CompletableFuture::isDone);
    }

    /** Blocks until every output has finished or failed and the run's end is recorded; for tests and the command line. */
    public void await() {
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }
}
