package org.transdesk.llm.internal.remote;

import java.time.Duration;
import java.util.Optional;

/** A failed model call, classified so the caller knows whether another attempt can help. */
class ModelFailure extends RuntimeException {

    private final boolean retryable;
    private final transient Duration retryAfter;

    ModelFailure(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    boolean retryable() {
        return retryable;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
