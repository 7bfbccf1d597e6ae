package org.transdesk.article;

import java.util.Arrays;
import java.util.Optional;

/** What an article is turned into: a translation into a target language, or a short summary. */
public enum Output {
    VI("vi", "Vietnamese", "vi"),
    RU("ru", "Russian", "ru"),
    SUMMARY("summary", "Summary", null);

    private final String key;
    private final String label;
    private final String targetLanguage;

    Output(String key, String label, String targetLanguage) {
        this.key = key;
        this.label = label;
        this.targetLanguage = targetLanguage;
    }

    /** Stable key used in the database, configuration routes, file names and URLs. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isTranslation() {
        return targetLanguage != null;
    }

    /** The language of the output's text: the target language, or the source language for a summary. */
    public String language(String sourceLanguage) {
        return isTranslation() ? targetLanguage : sourceLanguage;
    }

    public static Optional<Output> ofKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equalsIgnoreCase(key)).findFirst();
    }
}
