package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.internal.offline.OfflineTranslator;

/** Fuzzy lookups through the real tm_unit table and its index, and the offline engine drafting from them. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:fuzzy-memory;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.memory.fuzzy-threshold=80"})
@org.springframework.security.test.context.support.WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class FuzzyMemoryTest {

    static final String STORED = "The prime minister met the delegation in Hanoi on Monday.";
    static final String STORED_VI = "Thủ tướng đã tiếp phái đoàn tại Hà Nội hôm thứ Hai.";

    @Autowired
    TranslationMemory memory;
    @Autowired
    OfflineTranslator translator;
    @Autowired
    TransactionTemplate transaction;

    private static TranslationUnit unit(String source, String target) {
        return new TranslationUnit("en", "vi", source, target, "sentence", "test pair", null);
    }

    @Test
    void committedUnitsAreFoundFuzzilyWithTheirScoreAndTheConfiguredThresholdApplies() {
        memory.addAll(List.of(unit(STORED, STORED_VI),
                unit("The prime minister met the press in Hanoi on Monday evening.", "Thủ tướng gặp báo chí.")));

        List<MemoryMatch> matches = memory.fuzzy("The prime minister met the delegation in Hanoi on Tuesday.", "en", "vi", 5);

        assertThat(memory.fuzzyThreshold()).isEqualTo(80);
        // the 72% pair is below the configured 80
        assertThat(matches).extracting(MemoryMatch::targetText, MemoryMatch::score).containsExactly(org.assertj.core.groups.Tuple.tuple(STORED_VI, 90));
        assertThat(memory.best(STORED, "en", "vi")).get().extracting(MemoryMatch::score).isEqualTo(100);
    }

    @Test
    void aRolledBackImportNeverReachesTheIndex() {
        transaction.executeWithoutResult(status -> {
            memory.addAll(List.of(unit("Typhoon Molave weakens over the central highlands.", "Bão Molave suy yếu.")));
            status.setRollbackOnly();
        });

        assertThat(memory.fuzzy("Typhoon Molave weakens over the central highlands.", "en", "vi", 5)).isEmpty();
    }

    @Test
    void theOfflineEngineDraftsFromAFuzzyMatchAndMarksItsScore() {
        memory.addAll(List.of(unit("Vietnam and Russia signed three agreements on energy cooperation this week.",
                "Việt Nam và Nga đã ký ba thỏa thuận hợp tác năng lượng trong tuần này.")));

        DraftSegment draft = translator.translate(
                new SourceSegment("p1", "Vietnam and Russia signed four agreements on energy cooperation this week."), "en", "vi");

        assertThat(draft.origin()).isEqualTo(SegmentOrigin.MEMORY_FUZZY);
        assertThat(draft.matchScore()).isEqualTo(90); // 1 of 11 words differs: 90.9 rounded down
        assertThat(draft.text()).isEqualTo("Việt Nam và Nga đã ký ba thỏa thuận hợp tác năng lượng trong tuần này.");
        assertThat(draft.note()).contains("90% fuzzy match");
    }

    @Test
    void belowTheThresholdTheOfflineEngineLeavesTheTextUntranslated() {
        DraftSegment draft = translator.translate(new SourceSegment("p1", "Completely unrelated cultural news from Da Nang."), "en", "vi");

        assertThat(draft.origin()).isEqualTo(SegmentOrigin.UNTRANSLATED);
        assertThat(draft.text()).isEmpty();
    }

    @Test
    void theOfflineEngineMatchesAParagraphWithFormattingTagsOnItsWordsAndSaysWhichTagsTheMemoryTextLacks() {
        memory.addAll(List.of(unit("Storms hit the coast of Quang Ngai on Friday.", "Bão đổ bộ vào bờ biển Quảng Ngãi hôm thứ Sáu."),
                unit("Floods cut the road to ⟦1⟧Hue⟦/1⟧ overnight.", "Lũ cắt đứt đường tới ⟦1⟧Huế⟦/1⟧ trong đêm.")));

        DraftSegment plainPair = translator.translate(new SourceSegment("p1", "Storms hit the coast of ⟦1⟧Quang Ngai⟦/1⟧ on Friday."), "en", "vi");
        DraftSegment codedPair = translator.translate(new SourceSegment("p2", "Floods cut the road to ⟦1⟧Hue⟦/1⟧ overnight."), "en", "vi");
        DraftSegment plainQuery = translator.translate(new SourceSegment("p3", "Floods cut the road to Hue overnight."), "en", "vi");

        // matched on the words; the memory's text has no tags, and the note names the ones to put back
        assertThat(plainPair.origin()).isEqualTo(SegmentOrigin.MEMORY_EXACT);
        assertThat(plainPair.text()).isEqualTo("Bão đổ bộ vào bờ biển Quảng Ngãi hôm thứ Sáu.");
        assertThat(plainPair.note()).contains("Formatting tags ⟦1⟧…⟦/1⟧ of the source are not in this memory text");
        // a pair learned with the same tags gives them back; a plain paragraph never gets placeholders
        assertThat(codedPair.text()).isEqualTo("Lũ cắt đứt đường tới ⟦1⟧Huế⟦/1⟧ trong đêm.");
        assertThat(codedPair.note()).doesNotContain("Formatting tags");
        assertThat(plainQuery.text()).isEqualTo("Lũ cắt đứt đường tới Huế trong đêm.");
    }
}
