package org.transdesk.memory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code transdesk.memory.*}: {@code fuzzy-threshold}, the lowest fuzzy-match score (percent) offered as a
 * draft, default 75; {@code learning-retry}, how often learnings that failed are delivered again while
 * the app runs (they are at every start anyway), default 5 minutes, 0 for never.
 */
@ConfigurationProperties("transdesk.memory")
public record MemorySettings(Integer fuzzyThreshold, Duration learningRetry) {

    public MemorySettings {
        fuzzyThreshold = fuzzyThreshold == null ? 75 : fuzzyThreshold;
        if (fuzzyThreshold < 1 || fuzzyThreshold > 100) {
            throw new IllegalArgumentException("transdesk.memory.fuzzy-threshold must be between 1 and 100, was " + fuzzyThreshold);
        }
        learningRetry = learningRetry == null ? Duration.ofMinutes(5) : learningRetry;
        if (learningRetry.isNegative()) {
            throw new IllegalArgumentException("transdesk.memory.learning-retry must not be negative, was " + learningRetry);
        }
    }
}
