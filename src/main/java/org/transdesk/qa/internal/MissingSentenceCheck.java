package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.qa.internal.Sentences.Sentence;

/**
 * {@code missing-sentence}: a sentence of the source has nothing in the translation. The translation has fewer
 * sentences than the source, and aligning the two by sentence length (Gale &amp; Church 1993: each target
 * sentence is about the expected ratio of its source sentence's length; merging two sentences into one is
 * common, dropping one rare) explains it better by a dropped sentence than by merged ones.
 * <ul>
 *   <li>ERROR: the best alignment leaves a source sentence of 30 characters or more without a counterpart;</li>
 * </ul>
 * Why our own: no maintained Java library aligns sentences; Gale–Church is a short dynamic programme over the
 * sentence lengths, with its published priors.
 */
public final class MissingSentenceCheck extends SegmentCheck {

    public static final String ID = "missing-sentence";

    /** Variance of the length difference per source character (Gale & Church: 6.8). */
    private static final double VARIANCE = 6.8;
    /** Gale & Church's priors per alignment type. */
    private static final double P11 = 0.89;
    /**
     * A source sentence with no counterpart: as likely as two merged into one ({@link #P21}), so that the lengths
     * decide between the two. Gale &amp; Church's own 1-0 frequency (0.0099, human translations) made a merge the
     * cheaper explanation of most drops: planted drops in en→ru were caught in 85.8 % of cases; with this prior
     * missing-sentence alone catches 95 / 75 / 87 % of FLORES / WMT19 / WMT20 en→ru drops and still flags at most
     * 0.6 % of human 3-row paragraphs (PlantedErrorsTest, RealParallelDataTest).
     */
    private static final double P10 = 0.089 / 2;
    /** A target sentence with no counterpart (an addition): Gale &amp; Church's half of 0.0099. */
    private static final double P01 = 0.0099 / 2;
    private static final double P21 = 0.089 / 2;
    private static final double P22 = 0.011;
    private static final int MIN_MISSING_CHARS = 30;

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        List<Sentence> src = Sentences.of(job.sourceCode(), source);
        if (src.size() < 2) {
            return;
        }
        List<Sentence> tgt = Sentences.of(job.targetCode(), target);
        if (tgt.size() >= src.size()) {
            return;
        }
        // target/source length in characters: the median of human translations from English (language profile)
        double c = job.englishSource() ? job.targetProfile().typicalLengthAgainstEnglish() : 1.0;
        double variance = job.englishSource() ? job.targetProfile().lengthVariance() : VARIANCE;
        int missing = dropped(lengths(src), lengths(tgt), c, variance);
        if (missing >= 0) {
            out.add(finding(Severity.ERROR, i, "qa-finding.missing-sentence", missing + 1, Text.q(src.get(missing).text())));
        }
    }

    private static int[] lengths(List<Sentence> s) {
        return s.stream().mapToInt(x -> LengthRatioCheck.visibleLength(x.text())).toArray();
    }

    /** Index of a source sentence the best alignment drops (the longest, if several), or -1. */
    static int dropped(int[] s, int[] t, double c) {
        return dropped(s, t, c, VARIANCE);
    }

    static int dropped(int[] s, int[] t, double c, double variance) {
        int n = s.length;
        int m = t.length;
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        // moves: 1 = 1-1, 2 = 1-0, 3 = 0-1, 4 = 2-1, 5 = 1-2, 6 = 2-2
        int[][] steps = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
        double[] prior = {P11, P10, P01, P21, P21, P22};
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= m; b++) {
                if (a == 0 && b == 0) {
                    continue;
                }
                for (int k = 0; k < steps.length; k++) {
                    int da = steps[k][0];
                    int db = steps[k][1];
                    if (a < da || b < db || Double.isInfinite(cost[a - da][b - db])) {
                        continue;
                    }
                    int ls = 0;
                    int lt = 0;
                    for (int x = a - da; x < a; x++) {
                        ls += s[x];
                    }
                    for (int y = b - db; y < b; y++) {
                        lt += t[y];
                    }
                    // a sentence with no counterpart costs its prior only: its length says nothing of a match
                    double d = cost[a - da][b - db] - Math.log(prior[k]) + (da == 0 || db == 0 ? 0 : lengthCost(ls, lt, c, variance));
                    if (d < cost[a][b]) {
                        cost[a][b] = d;
                        move[a][b] = k + 1;
                    }
                }
            }
        }
        int best = -1;
        int a = n;
        int b = m;
        while (a > 0 || b > 0) {
            int k = move[a][b] - 1;
            if (k == 1 && s[a - 1] >= MIN_MISSING_CHARS && (best < 0 || s[a - 1] > s[best])) {
                best = a - 1;
            }
            a -= steps[k][0];
            b -= steps[k][1];
        }
        return best;
    }

    /** -log of the probability of so large a length difference (Gale & Church's delta). */
    private static double lengthCost(int ls, int lt, double c, double variance) {
        if (ls == 0 && lt == 0) {
            return 0;
        }
        double mean = (ls + lt / c) / 2;
        double delta = (lt - ls * c) / Math.sqrt(Math.max(1, mean) * variance);
        double p = 2 * (1 - normalCdf(Math.abs(delta)));
        return -Math.log(Math.max(p, 1e-12));
    }

    /** Standard normal distribution function (Abramowitz & Stegun 26.2.17). */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
