package org.transdesk.memory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code transdesk.memory.fuzzy-threshold}: the lowest fuzzy-match score (percent) offered as a draft; default 75. */
@ConfigurationProperties("transdesk.memory")
public record MemorySettings(Integer fuzzyThreshold) {

    public MemorySettings {
        fuzzyThreshold = fuzzyThreshold == null ? 75 : fuzzyThreshold;
        if (fuzzyThreshold < 1 || fuzzyThreshold > 100) {
            throw new IllegalArgumentException("transdesk.memory.fuzzy-threshold must be between 1 and 100, was " + fuzzyThreshold);
        }
    }
}
