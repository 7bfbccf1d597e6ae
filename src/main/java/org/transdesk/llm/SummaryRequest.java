package org.transdesk.llm;

import java.util.List;

/**
 * Summarise the article in {@code language} within {@code wordBudget} words. {@code language} is the article's own
 * ({@code sourceLanguage}) or an edition's: a model writes an edition's summary from the source article, in that
 * language; the offline engine, which only extracts sentences, extracts them from {@code translation} (the approved
 * translation into that language, body paragraphs without the headline) and cannot write one without it.
 */
public record SummaryRequest(String outputKey, String sourceLanguage, String language, String title, List<String> paragraphs,
                             int wordBudget, List<String> translation) {

    public SummaryRequest {
        paragraphs = List.copyOf(paragraphs);
        translation = translation == null ? List.of() : List.copyOf(translation);
    }

    /** A summary in the article's own language. */
    public SummaryRequest(String outputKey, String language, String title, List<String> paragraphs, int wordBudget) {
        this(outputKey, language, language, title, paragraphs, wordBudget, List.of());
    }

    /** Whether the summary is in another language than the article (an edition's summary). */
    public boolean inAnotherLanguage() {
        return sourceLanguage != null && language != null
                && !org.transdesk.language.LanguageTags.base(sourceLanguage).equals(org.transdesk.language.LanguageTags.base(language));
    }
}
