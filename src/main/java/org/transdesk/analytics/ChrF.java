package org.transdesk.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * chrF, the character n-gram F-score (Popović 2015) as sacreBLEU computes it by default: character
 * n-grams of orders 1 to 6 with whitespace removed, precision and recall averaged over the orders
 * both texts have, then F with β = 2 (recall weighs twice as much as precision). 0 to 100; identical
 * texts score 100. Several segment pairs are scored as one document (their n-gram counts add up), as
 * sacreBLEU's corpus score does.
 */
public final class ChrF {

    static final int ORDER = 6;
    private static final double BETA = 2;

    private ChrF() {
    }

    /** The score of {@code hypothesis} (here: the machine draft) against {@code reference} (the approved text). */
    public static double score(String hypothesis, String reference) {
        return score(List.of(hypothesis), List.of(reference));
    }

    /** One score for aligned segment pairs, their n-gram statistics added up. */
    public static double score(List<String> hypotheses, List<String> references) {
        if (hypotheses.size() != references.size()) {
            throw new IllegalArgumentException("chrF needs aligned pairs: " + hypotheses.size() + " vs " + references.size());
        }
        long[][] stats = new long[ORDER][3];
        for (int i = 0; i < hypotheses.size(); i++) {
            add(stats, hypotheses.get(i), references.get(i));
        }
        return fromStatistics(stats);
    }

    /** stats[n-1] = {n-grams in the hypothesis, n-grams in the reference, matched n-grams}. */
    static void add(long[][] stats, String hypothesis, String reference) {
        int[] hyp = withoutWhitespace(hypothesis);
        int[] ref = withoutWhitespace(reference);
        for (int n = 1; n <= ORDER; n++) {
            Map<String, Integer> hypGrams = grams(hyp, n);
            Map<String, Integer> refGrams = grams(ref, n);
            long matched = 0;
            for (var e : hypGrams.entrySet()) {
                matched += Math.min(e.getValue(), refGrams.getOrDefault(e.getKey(), 0));
            }
            stats[n - 1][0] += Math.max(0, hyp.length - n + 1);
            stats[n - 1][1] += Math.max(0, ref.length - n + 1);
            stats[n - 1][2] += matched;
        }
    }

    static double fromStatistics(long[][] stats) {
        double precision = 0;
        double recall = 0;
        int effectiveOrder = 0;
        for (long[] s : stats) {
            if (s[0] > 0 && s[1] > 0) {
                precision += (double) s[2] / s[0];
                recall += (double) s[2] / s[1];
                effectiveOrder++;
            }
        }
        if (effectiveOrder == 0) {
            return 0;
        }
        precision /= effectiveOrder;
        recall /= effectiveOrder;
        if (precision + recall == 0) {
            return 0;
        }
        double factor = BETA * BETA;
        return 100 * (1 + factor) * precision * recall / (factor * precision + recall);
    }

    private static int[] withoutWhitespace(String text) {
        return (text == null ? "" : text).codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
    }

    private static Map<String, Integer> grams(int[] chars, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= chars.length; i++) {
            grams.merge(new String(chars, i, n), 1, Integer::sum);
        }
        return grams;
    }
}
