package org.transdesk.llm.internal.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The sentences that enter the ranking graph. TextRank and the selection compare every sentence with
 * every other, so a 55,000-sentence article would need a 55,000 x 55,000 matrix (24 GB). Up to
 * {@code max} sentences nothing changes; above it the graph gets the lead window (the first quarter of
 * {@code max}: news puts the gist first) and the other sentences closest to the article's TF-IDF
 * centroid (Radev's centroid score, a linear-time stand-in for centrality), in article order.
 *
 * <p>The centroid is computed in passes over the sentences without keeping their vectors, so memory
 * grows with the article's vocabulary, not with sentences squared.
 */
record CandidateSentences(List<Sentence> sentences, int[] articleIndexes) {

    /** Far above a news article (the shared evaluation rows have at most 72 sentences), far below trouble. */
    static final int DEFAULT_MAX = 400;
    static final int MIN_MAX = 4;

    static CandidateSentences of(List<Sentence> all, int max) {
        if (all.size() <= max) {
            return new CandidateSentences(all, IntStream.range(0, all.size()).toArray());
        }
        int lead = max / 4;
        double[] score = centroidScores(all);
        int[] kept = IntStream.concat(IntStream.range(0, lead),
                        IntStream.range(lead, all.size()).boxed()
                                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i))
                                .limit(max - lead).mapToInt(Integer::intValue))
                .sorted().toArray();
        List<Sentence> sentences = new ArrayList<>(kept.length);
        for (int i = 0; i < kept.length; i++) {
            Sentence s = all.get(kept[i]);
            sentences.add(new Sentence(i, s.text(), s.words()));
        }
        return new CandidateSentences(List.copyOf(sentences), kept);
    }

    /** Cosine of each sentence's TF-IDF vector (weighted as in {@link SimilarityMatrix}) with the sum of all of them. */
    static double[] centroidScores(List<Sentence> all) {
        int n = all.size();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Sentence s : all) {
            SimilarityMatrix.termCounts(s).keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Double> centroid = new HashMap<>();
        for (Sentence s : all) {
            SimilarityMatrix.weigh(SimilarityMatrix.termCounts(s), documentFrequency, n).forEach((term, w) -> centroid.merge(term, w, Double::sum));
        }
        double length = Math.sqrt(centroid.values().stream().mapToDouble(w -> w * w).sum());
        double[] score = new double[n];
        if (length == 0) {
            return score;
        }
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (Map.Entry<String, Double> term : SimilarityMatrix.weigh(SimilarityMatrix.termCounts(all.get(i)), documentFrequency, n).entrySet()) {
                dot += term.getValue() * centroid.getOrDefault(term.getKey(), 0.0);
            }
            score[i] = dot / length;
        }
        return score;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CandidateSentences c && sentences.equals(c.sentences) && Arrays.equals(articleIndexes, c.articleIndexes);
    }

    @Override
    public int hashCode() {
        return 31 * sentences.hashCode() + Arrays.hashCode(articleIndexes);
    }

    @Override
    public String toString() {
        return "CandidateSentences[" + sentences.size() + " of the article's sentences]";
    }
}
