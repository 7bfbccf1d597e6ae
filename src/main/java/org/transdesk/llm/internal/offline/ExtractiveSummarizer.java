package org.transdesk.llm.internal.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.transdesk.memory.SentenceSplitter;

/**
 * The offline extractive summariser: picks whole sentences of the article, for any language, with
 * no model and no network.
 *
 * <ol>
 *   <li>Split into sentences ({@link SentenceSplitter}) and lower-cased Unicode words
 *       ({@link WordTokenizer}).</li>
 *   <li>Bound the work: beyond {@link Settings#maxRankedSentences()} sentences, keep the lead and the
 *       sentences closest to the article's TF-IDF centroid ({@link CandidateSentences}), in article
 *       order; the steps below are quadratic in the number of sentences.</li>
 *   <li>Rank sentences by TextRank on TF-IDF cosine similarity, with random jumps biased towards
 *       the lead ({@link BiasedTextRank}): central sentences that come early win.</li>
 *   <li>Pick sentences best-first by maximal marginal relevance, skipping restatements of what is
 *       already picked, until the next best no longer fits the word budget (no padding with
 *       low-ranked short sentences); return them in article order ({@link BudgetedSelection}).</li>
 * </ol>
 *
 * <p>Word budget: counted in the tokenizer's words. The summary never exceeds it, except when the
 * best-ranked sentence alone is longer; then the summary is just that sentence, never truncated.
 *
 * <p>Immutable and thread-safe; the same input always gives the same output.
 */
public final class ExtractiveSummarizer {

    /**
     * Tuning knobs. One set serves every language.
     *
     * @param damping       TextRank damping: the share of score that flows along similarity edges
     * @param leadExponent  lead bias: sentence {@code i} (0-based) gets jump weight {@code 1/(i+1)^leadExponent}
     * @param redundancy    MMR weight of the similarity to sentences already picked
     * @param duplicateSimilarity a sentence with a higher TF-IDF cosine to one already picked is never picked
     * @param minimumWords  sentences shorter than this are not added after the first (fragments, bylines)
     * @param maxRankedSentences the most sentences that enter the ranking graph, whose cost grows with the
     *                      square of its size; a longer article is first cut down to the lead and its most
     *                      central sentences ({@link CandidateSentences})
     */
    public record Settings(double damping, double leadExponent, double redundancy, double duplicateSimilarity,
                           int minimumWords, int maxRankedSentences) {

        /**
         * Chosen on the shared CNN/DM and VietNews dev rows (see SummaryQualityBenchmark). Damping
         * 0.4-0.5 and redundancy 0.5-0.8 all beat Lead-3 there; damping 0.6 and above lets
         * centrality pull in late sentences and loses to Lead-3 on English news.
         */
        public static final Settings DEFAULT = new Settings(0.5, 1.0, 0.6, 0.5, 8, CandidateSentences.DEFAULT_MAX);

        public Settings {
            if (maxRankedSentences < CandidateSentences.MIN_MAX) {
                throw new IllegalArgumentException("maxRankedSentences must be at least " + CandidateSentences.MIN_MAX
                        + ": " + maxRankedSentences);
            }
            if (damping < 0 || damping >= 1) {
                throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
            }
            if (leadExponent < 0 || redundancy < 0 || duplicateSimilarity < 0 || minimumWords < 0) {
                throw new IllegalArgumentException("negative setting: " + this);
            }
        }

        /** The same settings with another cap on the ranking graph. */
        public Settings withMaxRankedSentences(int max) {
            return new Settings(damping, leadExponent, redundancy, duplicateSimilarity, minimumWords, max);
        }
    }

    private final Settings settings;

    public ExtractiveSummarizer() {
        this(Settings.DEFAULT);
    }

    public ExtractiveSummarizer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Summarises an article.
     *
     * @param paragraphs the article text, one string per paragraph (a single string is fine)
     * @param language   the article's language; guides sentence splitting only
     * @param wordBudget maximum words in the summary (see the class comment for the one exception)
     * @return chosen sentences, whole and in article order; empty for an empty or blank article
     */
    public List<String> summarize(List<String> paragraphs, Locale language, int wordBudget) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        Objects.requireNonNull(language, "language");
        if (wordBudget < 1) {
            throw new IllegalArgumentException("wordBudget must be positive: " + wordBudget);
        }
        List<Sentence> all = sentences(paragraphs, language);
        if (all.isEmpty()) {
            return List.of();
        }
        CandidateSentences candidates = CandidateSentences.of(all, settings.maxRankedSentences());
        List<Sentence> sentences = candidates.sentences();
        SimilarityMatrix similarity = SimilarityMatrix.of(sentences);
        double[] relevance = BiasedTextRank.scores(similarity, leadPrior(candidates.articleIndexes()), settings.damping());
        normaliseToMax(relevance);
        return BudgetedSelection.select(sentences, relevance, similarity, wordBudget,
                        settings.redundancy(), settings.duplicateSimilarity(), settings.minimumWords())
                .stream().map(Sentence::text).toList();
    }

    private static List<Sentence> sentences(List<String> paragraphs, Locale language) {
        List<Sentence> sentences = new ArrayList<>();
        for (String text : SentenceSplitter.split(paragraphs, language)) {
            List<String> words = WordTokenizer.words(text);
            if (!words.isEmpty()) { // a lone "…" or "–" is no sentence
                sentences.add(new Sentence(sentences.size(), text, words));
            }
        }
        return sentences;
    }

    /** Jump weights by each sentence's place in the whole article, so a cut-down graph keeps the same lead bias. */
    private double[] leadPrior(int[] articleIndexes) {
        int n = articleIndexes.length;
        double[] prior = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            prior[i] = Math.pow(articleIndexes[i] + 1, -settings.leadExponent());
            sum += prior[i];
        }
        for (int i = 0; i < n; i++) {
            prior[i] /= sum;
        }
        return prior;
    }

    private static void normaliseToMax(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
    }
}
