package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Hand-computed cases; each comment shows the arithmetic. */
class RougeTest {

    private static final double EPS = 1e-9;

    @Test
    void tokens_are_lower_cased_unicode_letter_and_digit_runs() {
        assertThat(Rouge.tokens("Đà Nẵng's COVID-19 — 3,2 tỷ! МОСКВА"))
                .containsExactly("đà", "nẵng", "s", "covid", "19", "3", "2", "tỷ", "москва");
    }

    @Test
    void decomposed_and_precomposed_accents_are_the_same_token() {
        String decomposed = Normalizer.normalize("Nẵng", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nẵng");
        assertThat(Rouge.score(decomposed, "nẵng").rouge1()).isEqualTo(1.0);
    }

    @Test
    void one_word_substitution() {
        // c = the cat sat on the mat, r = the cat is on the mat (6 tokens each)
        // R1: the×2 + cat + on + mat = 5 of 6 -> F1 5/6
        // R2: {the cat, on the, the mat} = 3 of 5 bigrams -> F1 3/5
        // LCS "the cat on the mat" = 5 -> F1 5/6
        Rouge.Scores s = Rouge.score("The cat sat on the mat.", "the cat is on the mat");
        assertThat(s.rouge1()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(s.rouge2()).isCloseTo(3.0 / 5, within(EPS));
        assertThat(s.rougeL()).isCloseTo(5.0 / 6, within(EPS));
    }

    @Test
    void different_lengths_give_precision_and_recall_apart() {
        // c = police arrested the man (4), r = the man was arrested by police yesterday (7)
        // R1: all 4 candidate tokens match: P 1, R 4/7 -> F1 8/11
        // R2: only "the man": P 1/3, R 1/6 -> F1 2/9
        // LCS: "the man" (police/arrested come in the other order) = 2: P 1/2, R 2/7 -> F1 4/11
        Rouge.Scores s = Rouge.score("Police arrested the man", "The man was arrested by police yesterday");
        assertThat(s.rouge1()).isCloseTo(8.0 / 11, within(EPS));
        assertThat(s.rouge2()).isCloseTo(2.0 / 9, within(EPS));
        assertThat(s.rougeL()).isCloseTo(4.0 / 11, within(EPS));
    }

    @Test
    void repeated_ngrams_are_clipped_to_the_reference_count() {
        // c = the the the the, r = the cat: "the" matches once: P 1/4, R 1/2 -> F1 1/3; no bigram matches
        Rouge.Scores s = Rouge.score("the the the the", "the cat");
        assertThat(s.rouge1()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.rouge2()).isZero();
    }

    @Test
    void rouge_l_depends_on_word_order_but_rouge_1_does_not() {
        Rouge.Scores s = Rouge.score("a b c d", "d c b a");
        assertThat(s.rouge1()).isCloseTo(1.0, within(EPS));
        assertThat(s.rouge2()).isZero();
        assertThat(s.rougeL()).isCloseTo(1.0 / 4, within(EPS)); // LCS is a single token
    }

    @Test
    void lcs_runs_over_the_whole_text_not_per_sentence() {
        // punctuation is dropped, so the sentence break does not split the LCS: "a b c d" = 4 of 4
        assertThat(Rouge.score("a b. c d.", "a b c d").rougeL()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void empty_or_unrelated_text_scores_zero() {
        assertThat(Rouge.score("", "the cat")).isEqualTo(new Rouge.Scores(0, 0, 0));
        assertThat(Rouge.score("the cat", " … ")).isEqualTo(new Rouge.Scores(0, 0, 0));
        assertThat(Rouge.score("dog", "cat")).isEqualTo(new Rouge.Scores(0, 0, 0));
    }
}
