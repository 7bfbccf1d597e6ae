package org.transdesk.llm.internal.offline;

/**
 * TextRank (PageRank on the sentence-similarity graph) whose random jumps land on a sentence
 * with a probability given by a prior, here the lead bias: news puts the gist first, and a plain
 * TextRank would otherwise favour long, wordy sentences anywhere in the article.
 */
final class BiasedTextRank {

    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-10;

    private BiasedTextRank() {
    }

    /** Stationary scores (summing to 1) for the graph; {@code prior} must sum to 1. */
    static double[] scores(SimilarityMatrix graph, double[] prior, double damping) {
        int n = graph.size();
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    outWeight[i] += graph.between(i, j);
                }
            }
        }
        double[] score = prior.clone();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (outWeight[j] == 0) {
                    dangling += score[j]; // a sentence sharing no word with others jumps like a restart
                }
            }
            for (int i = 0; i < n; i++) {
                double incoming = 0;
                for (int j = 0; j < n; j++) {
                    if (i != j && outWeight[j] > 0) {
                        incoming += score[j] * graph.between(j, i) / outWeight[j];
                    }
                }
                next[i] = (1 - damping) * prior[i] + damping * (incoming + dangling * prior[i]);
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - score[i]);
            }
            score = next;
            if (change < CONVERGED) {
                break;
            }
        }
        return score;
    }
}
