package org.transdesk.qa;

import java.util.List;
import java.util.Objects;
import org.transdesk.inline.InlineCode;

/**
 * A translation to check: source and target paragraphs, aligned by index.
 *
 * @param sourceLang language code of the source ({@code "en"}; {@code "eng"}, {@code "en-GB"} also work)
 * @param targetLang language code of the target ({@code "ru"}, {@code "vi"})
 * @param source     source paragraphs ({@code null} paragraphs are read as empty)
 * @param target     target paragraphs, one per source paragraph
 * @param codes      the inline-code table of each source paragraph ({@link org.transdesk.inline.TaggedText});
 *                   shorter than {@code source}, or empty, for paragraphs without codes
 */
public record TranslationUnderReview(String sourceLang, String targetLang, List<String> source, List<String> target,
                                     List<List<InlineCode>> codes) {

    public TranslationUnderReview {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        source = Paragraphs.copy(source);
        target = Paragraphs.copy(target);
        codes = codes == null ? List.of() : codes.stream().map(c -> c == null ? List.<InlineCode>of() : List.copyOf(c)).toList();
    }

    /** Plain-text paragraphs: no inline codes. */
    public TranslationUnderReview(String sourceLang, String targetLang, List<String> source, List<String> target) {
        this(sourceLang, targetLang, source, target, List.of());
    }

    /** The code table of source paragraph {@code i} (empty when it has none). */
    public List<InlineCode> codes(int i) {
        return i < codes.size() ? codes.get(i) : List.of();
    }

    /** A one-paragraph translation. */
    public static TranslationUnderReview of(String sourceLang, String targetLang, String source, String target) {
        return new TranslationUnderReview(sourceLang, targetLang, List.of(source), List.of(target));
    }
}
