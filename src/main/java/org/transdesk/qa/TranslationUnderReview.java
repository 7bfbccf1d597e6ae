package org.transdesk.qa;

import java.util.List;
import java.util.Objects;

/**
 * A translation to check: source and target paragraphs, aligned by index.
 *
 * @param sourceLang language code of the source ({@code "en"}; {@code "eng"}, {@code "en-GB"} also work)
 * @param targetLang language code of the target ({@code "ru"}, {@code "vi"})
 * @param source     source paragraphs ({@code null} paragraphs are read as empty)
 * @param target     target paragraphs, one per source paragraph
 */
public record TranslationUnderReview(String sourceLang, String targetLang, List<String> source, List<String> target) {

    public TranslationUnderReview {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        source = Paragraphs.copy(source);
        target = Paragraphs.copy(target);
    }

    /** A one-paragraph translation. */
    public static TranslationUnderReview of(String sourceLang, String targetLang, String source, String target) {
        return new TranslationUnderReview(sourceLang, targetLang, List.of(source), List.of(target));
    }
}
