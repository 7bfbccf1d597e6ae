package org.transdesk.generation;

import org.transdesk.base.Phrase;

/**
 * What a model review did, for the editor's notice: paragraphs reviewed, issues found, paragraphs the review
 * failed for, and the sentence saying what it did not reach (or {@code null}): in English ({@code stopped}, for logs)
 * and as a phrase ({@code stoppedPhrase}) for a screen to say in its language.
 */
public record ModelReviewOutcome(int reviewed, int issues, int failed, String stopped, Phrase stoppedPhrase) {

    /** An outcome whose stop, if any, is only known in English. */
    public ModelReviewOutcome(int reviewed, int issues, int failed, String stopped) {
        this(reviewed, issues, failed, stopped, null);
    }

    /** An outcome whose stop, if any, is said by {@code stopped}. */
    static ModelReviewOutcome of(int reviewed, int issues, int failed, Phrase stopped) {
        return new ModelReviewOutcome(reviewed, issues, failed, stopped == null ? null : stopped.english(), stopped);
    }
}
