package org.transdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * chrF as sacreBLEU 2.6.0 computes it ({@code CHRF()}: char order 6, word order 0, β 2); the expected
 * values were computed with sacreBLEU's {@code sentence_score} and {@code corpus_score}.
 */
class ChrFTest {

    static final String[][] PAIRS = {
            {"The relationship between cats and dogs is not exactly friendly.", "The relationship between dogs and cats is not exactly friendly."},
            {"a good bookshop is just a genteel black hole that knows how to read.", "A good bookshop is just a genteel Black Hole that knows how to read."},
            {"Hai bên đã nâng cấp quan hệ lên đối tác chiến lược vào tháng 11/2018.",
                    "Hai bên nâng cấp quan hệ lên Đối tác chiến lược vào tháng 11 năm 2018."},
            {"Стороны повысили уровень отношений до стратегического партнёрства в ноябре 2018 года.",
                    "В ноябре 2018 года стороны подняли отношения до уровня стратегического партнёрства."}};

    @Test
    void identical_texts_score_100() {
        assertThat(ChrF.score("same text", "same text")).isEqualTo(100.0);
        assertThat(ChrF.score(PAIRS[3][1], PAIRS[3][1])).isEqualTo(100.0);
    }

    @Test
    void texts_without_a_common_character_score_0() {
        assertThat(ChrF.score("abc", "xyz")).isZero();
        assertThat(ChrF.score("", "approved text")).isZero();
    }

    @Test
    void sentence_scores_match_sacrebleu() {
        double[] expected = {84.41131092011067, 84.8670547262852, 77.75397270273334, 69.49822146305458};
        for (int i = 0; i < PAIRS.length; i++) {
            assertThat(ChrF.score(PAIRS[i][0], PAIRS[i][1])).as(PAIRS[i][0]).isCloseTo(expected[i], within(1e-9));
        }
    }

    @Test
    void several_pairs_add_their_statistics_like_sacrebleus_corpus_score() {
        List<String> hypotheses = java.util.Arrays.stream(PAIRS).map(p -> p[0]).toList();
        List<String> references = java.util.Arrays.stream(PAIRS).map(p -> p[1]).toList();

        assertThat(ChrF.score(hypotheses, references)).isCloseTo(78.32252237295639, within(1e-9));
    }

    @Test
    void whitespace_does_not_count() {
        assertThat(ChrF.score("stra tegic  partner ship", "strategic partnership")).isEqualTo(100.0);
    }
}
