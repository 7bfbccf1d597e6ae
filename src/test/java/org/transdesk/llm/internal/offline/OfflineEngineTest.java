package org.transdesk.llm.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.memory.TranslationUnit;
import org.transdesk.support.IntegrationTest;

/** The offline engine on an article that is not one of the bundled samples. */
@IntegrationTest
@org.springframework.security.test.context.support.WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class OfflineEngineTest {

    @Autowired
    OfflineEngine engine;
    @Autowired
    TranslationMemory memory;

    static final String KNOWN = "The central bank kept its key rate at 4.5 percent.";
    static final String ALSO_KNOWN = "Inflation slowed in October.";

    private void remember() {
        memory.addAll(List.of(
                new TranslationUnit("en", "vi", KNOWN, "Ngân hàng trung ương giữ nguyên lãi suất chủ chốt ở mức 4,5%.", "sentence", "test", null),
                new TranslationUnit("en", "vi", ALSO_KNOWN, "Lạm phát chậm lại trong tháng 10.", "sentence", "test", null)));
    }

    private List<DraftSegment> translate(String... paragraphs) {
        List<SourceSegment> segments = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            segments.add(new SourceSegment("p" + i, paragraphs[i]));
        }
        return engine.translate(new TranslationRequest("vi", "en", "vi", segments), GenerationListener.NONE).segments();
    }

    @Test
    void a_paragraph_made_of_remembered_sentences_is_assembled_from_memory() {
        remember();

        DraftSegment segment = translate(KNOWN + " " + ALSO_KNOWN).getFirst();

        assertThat(segment.origin()).isEqualTo(SegmentOrigin.MEMORY_EXACT);
        assertThat(segment.text()).isEqualTo("Ngân hàng trung ương giữ nguyên lãi suất chủ chốt ở mức 4,5%. Lạm phát chậm lại trong tháng 10.");
    }

    @Test
    void a_paragraph_without_a_match_is_left_empty_and_marked_untranslated_never_the_english_source() {
        remember();

        DraftSegment out = translate("Markets were calm.").getFirst();

        assertThat(out.origin()).isEqualTo(SegmentOrigin.UNTRANSLATED);
        assertThat(out.text()).isEmpty();
        assertThat(out.note()).contains("Untranslated");
    }

    @Test
    void a_partial_sentence_match_leaves_the_paragraph_empty_with_the_matched_sentences_in_the_note() {
        remember();

        DraftSegment out = translate(KNOWN + " Analysts expect a cut in spring.").getFirst();

        assertThat(out.origin()).isEqualTo(SegmentOrigin.UNTRANSLATED);
        assertThat(out.text()).as("no English sentence in the Vietnamese box, and no paragraph silently missing one").isEmpty();
        assertThat(out.note()).contains("1 of 2 sentences").contains("Ngân hàng trung ương giữ nguyên lãi suất");
    }

    @Test
    void a_segment_that_is_a_glossary_term_takes_the_approved_rendering_and_notes_list_glossary_hits() {
        List<DraftSegment> out = translate("Russia", "Russia and ASEAN met.");

        assertThat(out.get(0).text()).isEqualTo("Nga");
        assertThat(out.get(0).origin()).isEqualTo(SegmentOrigin.MEMORY_EXACT);
        assertThat(out.get(1).origin()).isEqualTo(SegmentOrigin.UNTRANSLATED);
        assertThat(out.get(1).text()).isEmpty();
        assertThat(out.get(1).note()).contains("Russia → Nga").contains("ASEAN → ASEAN");
    }

    @Test
    void every_segment_keeps_its_id_and_order() {
        List<DraftSegment> out = translate("One.", "Two.", "Three.");

        assertThat(out).extracting(DraftSegment::id).containsExactly("p0", "p1", "p2");
    }

    @Test
    void provenance_says_plainly_that_this_is_the_offline_engine() {
        GeneratedText text = engine.translate(new TranslationRequest("ru", "en", "ru", List.of(new SourceSegment("p1", "x"))), GenerationListener.NONE);

        assertThat(text.provenance().engine()).isEqualTo("offline");
        assertThat(text.provenance().engineLabel()).contains("translation memory and glossary only");
        assertThat(text.provenance().glossaryVersion()).startsWith("g-");
    }

    @Test
    void the_summary_is_extracted_within_the_word_budget() {
        List<String> paragraphs = List.of(
                "The city council approved a new budget for public transport on Monday after a long debate.",
                "The budget adds forty buses and extends two tram lines to the northern suburbs.",
                "Opposition members said the plan ignores cyclists.",
                "The mayor promised a separate cycling plan next year.");

        GeneratedText summary = engine.summarize(new SummaryRequest("summary", "en", "Council approves budget", paragraphs, 30), GenerationListener.NONE);

        int words = summary.segments().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
        assertThat(words).isBetween(1, 30);
        assertThat(summary.segments()).allSatisfy(s -> assertThat(s.origin()).isEqualTo(SegmentOrigin.EXTRACTED));
        assertThat(String.join(" ", paragraphs)).contains(summary.segments().getFirst().text());
    }
}
