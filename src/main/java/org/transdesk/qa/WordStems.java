package org.transdesk.qa;

import org.transdesk.qa.internal.Stems;
import org.transdesk.qa.internal.Text;

/**
 * Stems for finding a word in any inflection: the one stemming policy of Transdesk, used by the QA checks
 * and, through this public type, by the glossary lookup in {@code memory} (which already depends on
 * {@code qa}'s API; {@code qa} depends on no Transdesk module, so no cycle).
 */
public final class WordStems {

    private WordStems() {
    }

    /** Russian Snowball stem, lower case, ё→е: «России», «Россией» → «росс». */
    public static String russian(String word) {
        return Stems.of(word, false);
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
