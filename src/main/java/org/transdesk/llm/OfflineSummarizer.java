package org.transdesk.llm;

import java.util.List;
import java.util.Locale;
import org.transdesk.llm.internal.offline.ExtractiveSummarizer;

/**
 * The offline extractive summariser on its own, with no Spring context, database or model server:
 * for batch jobs and benchmarks. The app's summary route uses the same algorithm.
 */
public final class OfflineSummarizer {

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    /**
     * Whole sentences of the article, in article order, within {@code wordBudget} words (a single
     * best sentence longer than the budget is kept whole).
     *
     * @param paragraphs  the article, one string per paragraph
     * @param languageTag BCP 47 tag such as {@code en} or {@code vi}; guides sentence splitting
     * @return the chosen sentences; empty for a blank article
     */
    public List<String> summarize(List<String> paragraphs, String languageTag, int wordBudget) {
        return summarizer.summarize(paragraphs, Locale.forLanguageTag(languageTag), wordBudget);
    }
}
