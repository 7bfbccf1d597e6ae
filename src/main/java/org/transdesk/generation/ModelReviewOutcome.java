package org.transdesk.generation;

/**
 * What a model review did, for the editor's notice: paragraphs reviewed, issues found, paragraphs the review
 * failed for, and the sentence saying what it did not reach (or {@code null}).
 */
public record ModelReviewOutcome(int reviewed, int issues, int failed, String stopped) {
}
