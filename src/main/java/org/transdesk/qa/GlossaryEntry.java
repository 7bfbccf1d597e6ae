package org.transdesk.qa;

import java.util.Map;
import java.util.Objects;

/**
 * An approved term.
 *
 * @param term            the source-language (English) term, e.g. {@code "ASEAN Community"}
 * @param renderings      approved rendering per target language code ({@code "ru"}, {@code "vi"}); Russian
 *                        renderings are matched in any grammatical case ("Сообщество АСЕАН" matches
 *                        "Сообщества АСЕАН")
 * @param doNotTranslate  the term must appear unchanged in every target (brand names, some acronyms)
 * @param caseSensitive   match the term (and a do-not-translate term in the target) with exact case
 */
public record GlossaryEntry(String term, Map<String, String> renderings, boolean doNotTranslate, boolean caseSensitive) {

    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) {
            throw new IllegalArgumentException("glossary term must not be blank");
        }
        renderings = renderings == null ? Map.of() : Map.copyOf(renderings);
    }

    /** A term that must be rendered as given per language; case-insensitive. */
    public static GlossaryEntry of(String term, Map<String, String> renderings) {
        return new GlossaryEntry(term, renderings, false, false);
    }

    /** A term that must stay as it is in every target; case-sensitive. */
    public static GlossaryEntry doNotTranslate(String term) {
        return new GlossaryEntry(term, Map.of(), true, true);
    }
}
