package org.transdesk.memory.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fuzzy-match score of two texts: 100 × (1 − word-level edit distance / longer length), rounded
 * down so a score never flatters a match. Words are compared after Unicode normalisation,
 * lower-casing and dropping punctuation, so "Hanoi, Vietnam" and "Hanoi Vietnam" score 100.
 */
public final class WordSimilarity {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private WordSimilarity() {
    }

    /** NFC, lower-cased words; quotes, dashes and other punctuation separate words and are dropped. */
    public static List<String> words(String text) {
        // inline-code placeholders (⟦1⟧…⟦/1⟧) are formatting, not words
        String folded = Normalizer.normalize(org.transdesk.inline.TaggedText.withoutPlaceholders(text), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    public static int score(List<String> a, List<String> b) {
        int longer = Math.max(a.size(), b.size());
        if (longer == 0) {
            return 100;
        }
        return (int) Math.floor(100.0 * (longer - distance(a, b)) / longer);
    }

    /** Levenshtein distance over words (insert, delete, substitute a word: cost 1 each). */
    static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            String word = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (word.equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
