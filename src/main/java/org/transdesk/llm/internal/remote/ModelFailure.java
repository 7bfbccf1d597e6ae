package org.transdesk.llm.internal.remote;

import org.transdesk.base.Phrase;
import java.time.Duration;
import java.util.Optional;

/** A failed model call, classified so the caller knows whether another attempt can help. */
class ModelFailure extends RuntimeException {

    private final boolean retryable;
    private final transient Duration retryAfter;
    private final transient Phrase phrase;

    /** A failure said by {@code phrase}: English in {@link #getMessage()}, the screen's language where it is shown. */
    ModelFailure(Phrase phrase, boolean retryable, Duration retryAfter, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    Phrase phrase() {
        return phrase;
    }

    /** The failure as an argument of the sentence that reports it ({@link Phrase#nested}). */
    String said() {
        return phrase.nested();
    }

    boolean retryable() {
        return retryable;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
