package org.transdesk.qa;

import java.util.List;
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
 * @param deprecated      per target language, terms a translation should no longer use (WARNING when used)
 * @param forbidden       per target language, terms a translation must not use (ERROR when used)
 */
public record GlossaryEntry(String term, Map<String, String> renderings, boolean doNotTranslate, boolean caseSensitive,
                            Map<String, List<String>> deprecated, Map<String, List<String>> forbidden) {

    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) {
            throw new IllegalArgumentException("glossary term must not be blank");
        }
        renderings = renderings == null ? Map.of() : Map.copyOf(renderings);
        deprecated = deprecated == null ? Map.of() : Map.copyOf(deprecated);
        forbidden = forbidden == null ? Map.of() : Map.copyOf(forbidden);
    }

    public GlossaryEntry(String term, Map<String, String> renderings, boolean doNotTranslate, boolean caseSensitive) {
        this(term, renderings, doNotTranslate, caseSensitive, Map.of(), Map.of());
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
