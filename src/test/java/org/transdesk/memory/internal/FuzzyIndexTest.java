package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {

    private final FuzzyIndex index = new FuzzyIndex();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static IndexedUnit unit(long id, String target, String source, String targetText) {
        return new IndexedUnit(id, "en", target, source, targetText, "test");
    }

    @Test
    void findsTheCloseMatchWithItsScoreAndLeavesOutTheDistantOnes() {
        index.addAll(List.of(
                unit(1, "vi", "The prime minister met the delegation in Hanoi on Monday", "Thủ tướng tiếp phái đoàn tại Hà Nội hôm thứ Hai"),
                unit(2, "vi", "The prime minister met the press in Hanoi on Monday evening after the summit", "Thủ tướng gặp báo chí"),
                unit(3, "vi", "Rice exports rose sharply in March", "Xuất khẩu gạo tăng mạnh trong tháng Ba")));

        var matches = index.search("The prime minister met the delegation in Hanoi on Tuesday", "en", "vi", 75, 5);

        assertThat(matches).extracting(m -> m.unit().id()).containsExactly(1L);
        assertThat(matches.getFirst().score()).isEqualTo(90);
    }

    @Test
    void aThresholdOfFiftyAdmitsWeakerMatchesBestFirst() {
        index.addAll(List.of(
                unit(1, "vi", "The prime minister met the delegation in Hanoi on Monday", "a"),
                unit(2, "vi", "The prime minister met the press in Hanoi on Monday evening", "b")));

        var matches = index.search("The prime minister met the delegation in Hanoi on Tuesday", "en", "vi", 50, 5);

        assertThat(matches).extracting(FuzzyIndex.Scored::score).containsExactly(90, 72);
    }

    @Test
    void onlyTheRequestedLanguagePairMatches() {
        index.addAll(List.of(
                unit(1, "ru", "ASEAN and Russia mark thirty years of partnership", "АСЕАН и Россия"),
                unit(2, "vi", "ASEAN and Russia mark thirty years of partnership", "ASEAN và Nga")));

        assertThat(index.search("ASEAN and Russia mark thirty years of partnership", "en", "ru", 75, 5))
                .extracting(m -> m.unit().targetText()).containsExactly("АСЕАН и Россия");
        assertThat(index.search("ASEAN and Russia mark thirty years of partnership", "vi", "en", 75, 5)).isEmpty();
    }

    @Test
    void addingTheSameIdTwiceKeepsOneUnitAndTheNewestWinsATie() {
        index.addAll(List.of(unit(7, "vi", "Flood warnings for the central provinces", "old")));
        index.addAll(List.of(unit(7, "vi", "Flood warnings for the central provinces", "old"),
                unit(8, "vi", "Flood warnings for the central provinces", "new")));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search("Flood warnings for the central provinces", "en", "vi", 75, 5))
                .extracting(m -> m.unit().targetText()).containsExactly("new", "old");
    }

    @Test
    void blankOrPunctuationOnlyTextFindsNothing() {
        index.addAll(List.of(unit(1, "vi", "Flood warnings", "x")));
        assertThat(index.search(" — ", "en", "vi", 75, 5)).isEmpty();
    }
}
