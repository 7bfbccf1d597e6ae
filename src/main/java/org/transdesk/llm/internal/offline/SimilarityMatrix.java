package org.transdesk.llm.internal.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity between the TF-IDF vectors of the sentences of one article.
 *
 * <p>The IDF is computed over the article's own sentences (each sentence a "document"). That is
 * what makes this language-independent: function words of any language occur in many sentences
 * and get a low weight, so no stop-word list is needed. Terms are word unigrams plus adjacent
 * word bigrams; bigrams matter for Vietnamese, where a word is usually two space-separated
 * syllables ("công an"), and for names ("Gary Locke") in every language.
 */
final class SimilarityMatrix {

    private final double[][] similarity;

    private SimilarityMatrix(double[][] similarity) {
        this.similarity = similarity;
    }

    static SimilarityMatrix of(List<Sentence> sentences) {
        int n = sentences.size();
        List<Map<String, Integer>> counts = sentences.stream().map(SimilarityMatrix::termCounts).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));

        List<Map<String, Double>> vectors = counts.stream()
                .map(c -> weigh(c, documentFrequency, n))
                .toList();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = vectors.get(i).isEmpty() ? 0 : 1;
            for (int j = i + 1; j < n; j++) {
                double cosine = cosine(vectors.get(i), vectors.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        return new SimilarityMatrix(similarity);
    }

    double between(int i, int j) {
        return similarity[i][j];
    }

    int size() {
        return similarity.length;
    }

    static Map<String, Integer> termCounts(Sentence sentence) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> words = sentence.words();
        for (int i = 0; i < words.size(); i++) {
            counts.merge(words.get(i), 1, Integer::sum);
            if (i + 1 < words.size()) {
                // a space cannot occur inside a token, so "a b" is an unambiguous bigram key
                counts.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Sublinear TF (1 + ln tf) times smoothed IDF (ln((1 + n) / (1 + df)) + 1), unit length. */
    static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        Map<String, Double> vector = new HashMap<>();
        double squares = 0;
        for (Map.Entry<String, Integer> term : counts.entrySet()) {
            double idf = Math.log((1.0 + n) / (1.0 + df.get(term.getKey()))) + 1;
            double weight = (1 + Math.log(term.getValue())) * idf;
            vector.put(term.getKey(), weight);
            squares += weight * weight;
        }
        double length = Math.sqrt(squares);
        vector.replaceAll((term, weight) -> weight / length);
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> term : small.entrySet()) {
            Double other = large.get(term.getKey());
            if (other != null) {
                dot += term.getValue() * other;
            }
        }
        return dot;
    }
}
