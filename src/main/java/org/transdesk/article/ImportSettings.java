package org.transdesk.article;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code transdesk.import.*}: size limit and the language assumed for imported text. */
@ConfigurationProperties("transdesk.import")
public record ImportSettings(Long maxBytes, String defaultLanguage) {

    public ImportSettings {
        maxBytes = maxBytes == null ? 1_048_576L : maxBytes;
        defaultLanguage = defaultLanguage == null ? "en" : defaultLanguage;
    }
}
