package org.transdesk.workbench.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.transdesk.article.Output;

/**
 * Which language a text an output's paragraph once held is in: a translation's box may hold the
 * source text (an untranslated paragraph of an older draft, a copy of the source to translate over),
 * and a word diff between the source text and its translation strikes one language through and
 * adds the other, which says nothing. Diffs compare texts in one language only.
 *
 * @param sourceLanguage the article's language
 * @param outputLanguage the output's language (the source language for a summary)
 * @param sourceText     the source paragraph beside this one (empty for a summary)
 */
record TextLanguage(String sourceLanguage, String outputLanguage, String sourceText) {

    /** Share of a text's words found in the source paragraph from which the text counts as the source itself. */
    static final double SOURCE_SHARE = 0.8;

    static TextLanguage of(Output output, String sourceLanguage, String sourceText) {
        return new TextLanguage(sourceLanguage, output.isTranslation() ? output.language(sourceLanguage) : sourceLanguage,
                output.isTranslation() ? sourceText : "");
    }

    /** The language tag of this text: the source's when it is (nearly all) the source paragraph, else the output's. */
    String of(String text) {
        return !sourceLanguage.equals(outputLanguage) && holdsSource(text) ? sourceLanguage : outputLanguage;
    }

    /** True when a diff between the two says something: same language, or one of them empty. */
    boolean comparable(String older, String newer) {
        return isBlank(older) || isBlank(newer) || of(older).equals(of(newer));
    }

    boolean holdsSource(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || sourceText == null || sourceText.isBlank()) {
            return false;
        }
        Set<String> source = Set.copyOf(words(sourceText));
        long shared = words.stream().filter(source::contains).count();
        return shared >= SOURCE_SHARE * words.size();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toList());
    }
}
