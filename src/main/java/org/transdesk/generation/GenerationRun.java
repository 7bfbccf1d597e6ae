package org.transdesk.generation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started generation: wait for it, or cancel it (segments already produced are kept in the log, not half-saved). */
public final class GenerationRun {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile List<CompletableFuture<Void>> jobs = List.of();

    void attach(List<CompletableFuture<Void>> futures) {
        this.jobs = List.copyOf(futures);
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean isDone() {
        return jobs.stream().allMatch(CompletableFuture::isDone);
    }

    /** Blocks until every output has finished or failed; for tests and the command line. */
    public void await() {
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).join();
    }
}
