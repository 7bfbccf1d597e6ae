package org.transdesk.review;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.transdesk.qa.Severity;

/**
 * {@code transdesk.qa.model-review-blocks}: which model-review issues block approval like a QA error does
 * (and can be overridden with a reason like one): {@code never} (the default: a model's opinion alone never
 * blocks), {@code critical}, {@code major} (major and critical) or {@code minor} (all).
 */
@ConfigurationProperties("transdesk.qa")
public record ModelReviewPolicy(String modelReviewBlocks) {

    /** MQM severities, least first. */
    static final List<String> SEVERITIES = List.of("minor", "major", "critical");

    public ModelReviewPolicy {
        modelReviewBlocks = modelReviewBlocks == null || modelReviewBlocks.isBlank() ? "never"
                : modelReviewBlocks.strip().toLowerCase(Locale.ROOT);
        if (!"never".equals(modelReviewBlocks) && !SEVERITIES.contains(modelReviewBlocks)) {
            throw new IllegalArgumentException("transdesk.qa.model-review-blocks must be never, critical, major or minor, not '"
                    + modelReviewBlocks + "'");
        }
    }

    public static ModelReviewPolicy neverBlocks() {
        return new ModelReviewPolicy("never");
    }

    /**
     * The QA severity of an issue: ERROR when policy says issues this bad block approval; otherwise WARNING for
     * critical and major, INFO for minor.
     */
    Severity severityOf(String mqmSeverity) {
        int rank = SEVERITIES.indexOf(mqmSeverity);
        if (!"never".equals(modelReviewBlocks) && rank >= SEVERITIES.indexOf(modelReviewBlocks)) {
            return Severity.ERROR;
        }
        return rank >= 1 ? Severity.WARNING : Severity.INFO;
    }
}
