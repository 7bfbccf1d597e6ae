package org.transdesk.qa;

import org.transdesk.qa.internal.Stems;
import org.transdesk.qa.internal.Text;

/**
 * Stems for finding a word in any inflection as the QA checks do: Russian words by the Russian profile's stemmer,
 * English by the English profile's. The stemmers themselves live in the language profiles
 * ({@code org.transdesk.language.LanguageProfile#stem}); the glossary lookup in {@code memory} reads them there.
 */
public final class WordStems {

    private WordStems() {
    }

    /** Russian Snowball stem, lower case, ё→е: «России», «Россией» → «росс» (the Russian profile's stemmer). */
    public static String russian(String word) {
        return Stems.russian(word);
    }

    /**
     * English stem with case kept: possessive dropped and plural reduced (Lucene's minimal stemmer):
     * "partnerships" → "partnership", "Russia's" → "Russia", "Russians" → "Russian".
     */
    public static String english(String word) {
        return Stems.english(word);
    }

    public static boolean isCyrillic(String word) {
        return Stems.hasCyrillic(word);
    }

    /** Two or more letters, all upper case (ASEAN, COVID, ООН): such words are never stemmed. */
    public static boolean isAcronym(String word) {
        return Text.isAcronym(word);
    }
}
