package org.transdesk.qa;

import java.util.List;
import java.util.Objects;

/**
 * A summary to check against the article it summarises. Summary and source are in the same language.
 *
 * @param lang             language of both source and summary ({@code "en"}, {@code "ru"}, {@code "vi"})
 * @param sourceParagraphs the article
 * @param summary          the summary paragraphs (or bullet points)
 * @param wordBudget       maximum number of words; {@code <= 0} means no budget
 */
public record SummaryUnderReview(String lang, List<String> sourceParagraphs, List<String> summary, int wordBudget) {

    public SummaryUnderReview {
        Objects.requireNonNull(lang, "lang");
        sourceParagraphs = Paragraphs.copy(sourceParagraphs);
        summary = Paragraphs.copy(summary);
    }
}
