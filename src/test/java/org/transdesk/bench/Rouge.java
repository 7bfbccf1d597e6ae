package org.transdesk.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE as /work/shared/eval/README.md defines it for this project, so every summariser is scored
 * by the same code:
 * <ul>
 *   <li>Tokens: the text is NFC-normalised and lower-cased (Locale.ROOT); a token is a maximal run
 *       of Unicode letters and digits ({@code \p{L}}, {@code \p{N}}), combining marks ({@code \p{M}})
 *       allowed after the first character. Everything else (spaces, punctuation, symbols,
 *       apostrophes, hyphens) separates tokens and is dropped. No stemming, no stop words.</li>
 *   <li>ROUGE-1 / ROUGE-2: F1 of clipped n-gram overlap, i.e. n-grams counted as multisets and each
 *       matched at most as often as it occurs on both sides.</li>
 *   <li>ROUGE-L: F1 from the longest common subsequence of the whole token sequences (not
 *       sentence-split "Lsum").</li>
 * </ul>
 * An empty candidate or reference scores 0. Scores are fractions in [0, 1].
 */
public final class Rouge {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");

    /** F1 scores of one candidate against one reference. */
    public record Scores(double rouge1, double rouge2, double rougeL) {
    }

    private Rouge() {
    }

    public static Scores score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Scores(rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r));
    }

    public static List<String> tokens(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normalised);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static double rougeN(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> candidateGrams = nGrams(candidate, n);
        Map<List<String>, Integer> referenceGrams = nGrams(reference, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> gram : candidateGrams.entrySet()) {
            overlap += Math.min(gram.getValue(), referenceGrams.getOrDefault(gram.getKey(), 0));
        }
        return f1(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static double rougeL(List<String> candidate, List<String> reference) {
        return f1(longestCommonSubsequence(candidate, reference), candidate.size(), reference.size());
    }

    static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> nGrams(List<String> tokens, int n) {
        Map<List<String>, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static double f1(int overlap, int candidateTotal, int referenceTotal) {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) {
            return 0;
        }
        double precision = (double) overlap / candidateTotal;
        double recall = (double) overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}
