package org.transdesk.generation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code transdesk.summary.word-budget}: length of the short summary, in words. */
@ConfigurationProperties("transdesk.summary")
public record GenerationSettings(Integer wordBudget) {

    public GenerationSettings {
        wordBudget = wordBudget == null ? 60 : wordBudget;
    }
}
