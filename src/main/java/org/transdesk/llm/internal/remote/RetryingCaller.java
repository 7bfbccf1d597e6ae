package org.transdesk.llm.internal.remote;

import org.transdesk.base.Phrase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.transdesk.llm.GenerationCancelledException;

/**
 * Calls one provider with the guards every call needs: at most {@code maxConcurrency} calls in
 * flight, retries with exponential backoff that honour the server's {@code Retry-After}, and the
 * circuit breaker. A permit is held only while a request is in flight, never while backing off.
 */
final class RetryingCaller {

    /** Waits longer than this (from Retry-After) are not worth holding an editor for. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    /** Sleeps, or throws {@link GenerationCancelledException} when cancelled meanwhile. */
    interface Sleeper {
        void sleep(Duration duration, BooleanSupplier cancelled);
    }

    private final String providerId;
    private final ChatClient client;
    private final Semaphore inFlight;
    private final int maxAttempts;
    private final Duration backoff;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;

    RetryingCaller(String providerId, ChatClient client, int maxConcurrency, int maxAttempts, Duration backoff,
                   CircuitBreaker breaker, Sleeper sleeper) {
        this.providerId = providerId;
        this.client = client;
        this.inFlight = new Semaphore(maxConcurrency, true);
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.breaker = breaker;
        this.sleeper = sleeper;
    }

    String model() {
        return client.model();
    }

    ModelReply call(ModelCall call, Consumer<String> onText, BooleanSupplier cancelled) {
        for (int attempt = 1; ; attempt++) {
            breaker.check(providerId);
            try {
                ModelReply reply = once(call, onText, cancelled);
                breaker.succeeded();
                return reply;
            } catch (ModelFailure failure) {
                breaker.failed();
                Duration wait = failure.retryAfter().orElse(backoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
                if (!failure.retryable() || attempt >= maxAttempts) {
                    throw attempt > 1 ? new ModelFailure(Phrase.of("refusal.model.gave-up", failure.said(), attempt),
                            false, null, failure) : failure;
                }
                if (wait.compareTo(LONGEST_WAIT) > 0) {
                    throw new ModelFailure(Phrase.of("refusal.model.asks-to-wait", failure.said(), wait.toSeconds()),
                            false, null, failure);
                }
                sleeper.sleep(wait, cancelled);
            }
        }
    }

    private ModelReply once(ModelCall call, Consumer<String> onText, BooleanSupplier cancelled) {
        acquire(cancelled);
        try {
            return client.complete(call, onText, cancelled);
        } finally {
            inFlight.release();
        }
    }

    private void acquire(BooleanSupplier cancelled) {
        try {
            while (!inFlight.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw new GenerationCancelledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException();
        }
    }

    /** Sleeps in short slices so a cancel is noticed within 50 ms. */
    static void sleepWatchingCancel(Duration duration, BooleanSupplier cancelled) {
        long end = System.nanoTime() + duration.toNanos();
        try {
            while (System.nanoTime() < end) {
                if (cancelled.getAsBoolean()) {
                    throw new GenerationCancelledException();
                }
                Thread.sleep(Math.max(1, Math.min(50, (end - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException();
        }
    }
}
