package org.transdesk.generation;

import org.transdesk.base.Phrase;

/**
 * What a model review did, for the editor's notice: paragraphs reviewed, issues found, paragraphs the review
 * failed for, and the sentence saying what it did not reach (or {@code null}), for a screen to say in its language.
 */
public record ModelReviewOutcome(int reviewed, int issues, int failed, Phrase stoppedPhrase) {

    /** The stop in English, for logs (or {@code null}). */
    public String stopped() {
        return stoppedPhrase == null ? null : stoppedPhrase.english();
    }
}
