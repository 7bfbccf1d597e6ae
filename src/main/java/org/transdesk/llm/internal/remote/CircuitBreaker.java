package org.transdesk.llm.internal.remote;

import org.transdesk.base.Phrase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Pauses a provider after {@code threshold} failed calls in a row, for {@code pause}: while a
 * server is down, editors get a clear message at once instead of every paragraph waiting out
 * its retries. The first call after the pause is let through to probe the server.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration pause;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;

    CircuitBreaker(int threshold, Duration pause, Clock clock) {
        this.threshold = threshold;
        this.pause = pause;
        this.clock = clock;
    }

    /** Throws when the provider is paused. */
    synchronized void check(String providerId) {
        Instant now = clock.instant();
        if (now.isBefore(openUntil)) {
            throw new ModelFailure(Phrase.of("refusal.model.paused", providerId, threshold,
                    Math.max(1, Duration.between(now, openUntil).toSeconds())), false, null, null);
        }
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        openUntil = Instant.MIN;
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (consecutiveFailures >= threshold) {
            openUntil = clock.instant().plus(pause);
            consecutiveFailures = 0;
        }
    }
}
