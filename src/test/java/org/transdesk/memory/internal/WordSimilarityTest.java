package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSimilarityTest {

    private static int score(String a, String b) {
        return WordSimilarity.score(WordSimilarity.words(a), WordSimilarity.words(b));
    }

    @Test
    void identicalWordsScoreHundredWhatever_the_punctuation_and_case() {
        assertThat(score("Hanoi, Vietnam — Monday", "hanoi vietnam monday")).isEqualTo(100);
    }

    @Test
    void oneWordChangedInTenScoresNinety() {
        assertThat(score("The prime minister met the delegation in Hanoi on Monday",
                "The prime minister met the delegation in Hanoi on Tuesday")).isEqualTo(90);
    }

    @Test
    void insertionsAndDeletionsCountOneWordEach() {
        // 8 words vs 10: two insertions → 1 − 2/10
        assertThat(score("The minister met the delegation in Hanoi today",
                "The prime minister met the foreign delegation in Hanoi today")).isEqualTo(80);
        assertThat(WordSimilarity.distance(WordSimilarity.words("a b c"), WordSimilarity.words("c b a"))).isEqualTo(2);
    }

    @Test
    void unrelatedTextsScoreLowAndScoresRoundDown() {
        assertThat(score("Exports rose sharply in March", "The festival opens next week")).isZero();
        // 1 − 1/3 = 66.67 → 66, never rounded up
        assertThat(score("one two three", "one two four")).isEqualTo(66);
    }

    @Test
    void cyrillicAndVietnameseWordsAreWords() {
        assertThat(WordSimilarity.words("Ngày 15/4, Hà Nội")).containsExactly("ngày", "15", "4", "hà", "nội");
        assertThat(WordSimilarity.words("АСЕАН и Россия")).containsExactly("асеан", "и", "россия");
    }
}
