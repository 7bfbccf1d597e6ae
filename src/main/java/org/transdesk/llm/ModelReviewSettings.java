package org.transdesk.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of a model review (the route is {@code transdesk.llm.routes.review}):
 * {@code transdesk.llm.review-after-draft} reviews every new translation draft in the background (off by default);
 * {@code review-timeout} bounds one run (the paragraphs not reached are reported, not guessed);
 * {@code review-max-paragraphs} caps the paragraphs of one run; {@code review-reasks} is how often a paragraph
 * whose answer failed the checks is asked again before it is reported as failed.
 */
@ConfigurationProperties("transdesk.llm")
public record ModelReviewSettings(Boolean reviewAfterDraft, Duration reviewTimeout, Integer reviewMaxParagraphs, Integer reviewReasks) {

    public ModelReviewSettings {
        reviewAfterDraft = reviewAfterDraft != null && reviewAfterDraft;
        reviewTimeout = reviewTimeout == null ? Duration.ofMinutes(3) : reviewTimeout;
        reviewMaxParagraphs = reviewMaxParagraphs == null ? 60 : reviewMaxParagraphs;
        reviewReasks = reviewReasks == null ? 2 : reviewReasks;
        if (reviewTimeout.isNegative() || reviewTimeout.isZero() || reviewMaxParagraphs < 1 || reviewReasks < 0) {
            throw new IllegalArgumentException("transdesk.llm.review-timeout must be positive, review-max-paragraphs at least 1, "
                    + "review-reasks 0 or more");
        }
    }

    public static ModelReviewSettings defaults() {
        return new ModelReviewSettings(null, null, null, null);
    }
}
