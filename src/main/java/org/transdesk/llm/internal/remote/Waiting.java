package org.transdesk.llm.internal.remote;

import org.transdesk.base.Phrase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.transdesk.llm.GenerationCancelledException;

/**
 * Waits for a model's answer in short slices, so a cancel from the editor or the provider's
 * timeout stops the wait even when the server has sent headers and then hangs (the HTTP client's
 * own timeout does not cover a stalled stream).
 */
final class Waiting {

    private static final long SLICE_MS = 50;

    private Waiting() {
    }

    static <T> T forAnswer(CompletableFuture<T> answer, Duration timeout, BooleanSupplier cancelled, Runnable abort) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                abort.run();
                throw new GenerationCancelledException();
            }
            try {
                return answer.get(SLICE_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    abort.run();
                    throw new ModelFailure(Phrase.of("refusal.model.no-answer-within", timeout.toSeconds()), true, null, null);
                }
            } catch (InterruptedException e) {
                abort.run();
                Thread.currentThread().interrupt();
                throw new GenerationCancelledException();
            } catch (ExecutionException e) {
                throw Failures.classify(e.getCause());
            }
        }
    }
}
