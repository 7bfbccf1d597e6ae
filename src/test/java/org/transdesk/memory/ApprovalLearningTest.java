package org.transdesk.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.internal.offline.OfflineTranslator;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.RegenerateMode;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Approvals teach the memory only translations: pairs in the target language and script, not empty, not
 * the source, without an open QA error; each pair once; with a report of what was learned and skipped.
 */
@IntegrationTest
@WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
class ApprovalLearningTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    TranslationMemory memory;
    @Autowired
    MemoryLearning learning;
    @Autowired
    OfflineTranslator translator;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_sentence_with_an_abbreviation_is_learned_whole_and_found_again() {
        Article article = articles.importText("Envoy visits\nMr. Lee arrived in Hanoi on Monday. He met the mayor.");
        var draft = drafting.saveGenerated(article.id(), Output.VI, 1,
                Fixtures.draft("Đặc phái viên đến thăm", "Ông Lee đã đến Hà Nội hôm thứ Hai. Ông đã gặp thị trưởng."));

        approval.approve(draft.id(), "test: hand-written translation");
        Learned.report(learning, article.id(), Output.VI, 1);

        assertThat(memory.exact("Mr. Lee arrived in Hanoi on Monday.", "en", "vi"))
                .hasValueSatisfying(m -> assertThat(m.targetText()).isEqualTo("Ông Lee đã đến Hà Nội hôm thứ Hai."));
        assertThat(memory.exact("He met the mayor.", "en", "vi"))
                .hasValueSatisfying(m -> assertThat(m.targetText()).isEqualTo("Ông đã gặp thị trưởng."));
    }

    @Test
    void approving_over_qa_errors_does_not_teach_english_paragraphs_and_the_next_article_gets_no_match_for_them() {
        String english = "Officials from both countries discussed trade routes and energy supplies for the coming winter.";
        String alsoEnglish = "The talks will resume in the capital next month after a short break for the holidays.";
        Article article = articles.importText("Trade talks resume in Hanoi\n" + english + "\n" + alsoEnglish
                + "\nThe delegation arrived on Monday.");
        var draft = drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft(
                "Торговые переговоры возобновились в Ханое", english, alsoEnglish, "Делегация прибыла в понедельник."));

        approval.approve(draft.id(), "deadline: publish now, translate later");
        LearningReport report = Learned.report(learning, article.id(), Output.RU, 1);

        assertThat(memory.exact(english, "en", "ru")).isEmpty();
        assertThat(memory.exact(alsoEnglish, "en", "ru")).isEmpty();
        assertThat(memory.exact("The delegation arrived on Monday.", "en", "ru")).get()
                .extracting(MemoryMatch::targetText).isEqualTo("Делегация прибыла в понедельник.");
        assertThat(report.learnedParagraphs()).isEqualTo(2);
        assertThat(report.skippedParagraphs()).extracting(LearningReport.Skipped::paragraph, LearningReport.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, SkipReason.SAME_AS_SOURCE),
                        org.assertj.core.groups.Tuple.tuple(2, SkipReason.SAME_AS_SOURCE));
        assertThat(report.summary()).contains("learned 2 paragraphs", "skipped 2 paragraphs (same as the source 2)");

        // the next article with the same paragraphs: the offline engine has no memory match for them
        Article next = articles.importText("Talks go on\n" + english + "\n" + alsoEnglish);
        for (String paragraph : next.segments().subList(1, 3)) {
            DraftSegment drafted = translator.translate(new SourceSegment("p", paragraph), "en", "ru");
            assertThat(drafted.origin()).as(paragraph).isEqualTo(SegmentOrigin.UNTRANSLATED);
        }
    }

    @Test
    void text_in_the_wrong_script_or_approved_over_an_open_qa_error_is_not_learned() {
        Article article = articles.importText("Rice exports rise\nVietnam exported 3 million tonnes of rice in the first quarter."
                + "\nPrices rose sharply in March.\nFarmers in the Mekong Delta expect a good harvest.");
        var draft = drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft(
                "Экспорт риса растёт",
                "Вьетнам экспортировал 5 миллионов тонн риса в первом квартале.", // numbers check: ERROR, overridden
                "the prices went up a lot during the spring months this year", // English, but not the source: script check
                "Фермеры в дельте Меконга ожидают хорошего урожая."));

        approval.approve(draft.id(), "numbers confirmed by phone");
        LearningReport report = Learned.report(learning, article.id(), Output.RU, 1);

        assertThat(memory.exact("Vietnam exported 3 million tonnes of rice in the first quarter.", "en", "ru")).isEmpty();
        assertThat(memory.exact("Prices rose sharply in March.", "en", "ru")).isEmpty();
        assertThat(memory.exact("Farmers in the Mekong Delta expect a good harvest.", "en", "ru")).isPresent();
        assertThat(report.skippedParagraphs()).extracting(LearningReport.Skipped::paragraph, LearningReport.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, SkipReason.OPEN_QA_ERROR),
                        org.assertj.core.groups.Tuple.tuple(2, SkipReason.WRONG_SCRIPT));
        assertThat(report.skippedParagraphs().getFirst().detail()).contains("numbers:");
    }

    @Test
    void a_paragraph_with_an_untranslated_sentence_is_skipped_but_its_translated_sentences_are_learned() {
        String untranslated = "Both sides agreed to expand cooperation in education and tourism next year.";
        Article article = articles.importText("Ties deepen\nThe ministers met in Hanoi on Friday. " + untranslated);
        var draft = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft(
                "Quan hệ được làm sâu sắc", "Các bộ trưởng đã gặp nhau tại Hà Nội hôm thứ Sáu. " + untranslated));

        approval.approve(draft.id(), "second sentence to follow");
        LearningReport report = Learned.report(learning, article.id(), Output.VI, 1);

        assertThat(memory.exact("The ministers met in Hanoi on Friday. " + untranslated, "en", "vi")).isEmpty();
        assertThat(memory.exact(untranslated, "en", "vi")).isEmpty();
        assertThat(memory.exact("The ministers met in Hanoi on Friday.", "en", "vi")).get()
                .extracting(MemoryMatch::targetText).isEqualTo("Các bộ trưởng đã gặp nhau tại Hà Nội hôm thứ Sáu.");
        assertThat(report.learnedSentences()).isEqualTo(1);
        assertThat(report.skipped()).extracting(LearningReport.Skipped::paragraph, LearningReport.Skipped::sentence, LearningReport.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, -1, SkipReason.PART_UNTRANSLATED),
                        org.assertj.core.groups.Tuple.tuple(1, 1, SkipReason.SAME_AS_SOURCE));
    }

    @Test
    void learning_the_same_pair_again_adds_no_duplicate_and_refreshes_its_date_and_approver() {
        String source = "The bridge over the Red River opened to traffic on Sunday morning.";
        String target = "Cây cầu bắc qua sông Hồng đã thông xe vào sáng Chủ nhật.";
        Article article = articles.importText("Bridge opens\n" + source);
        var first = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Cầu thông xe", target));
        approval.approve(first.id(), "hand-written");
        LearningReport v1 = Learned.report(learning, article.id(), Output.VI, 1);
        var learnedAt = unitChangedAt(source);

        var second = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Cây cầu thông xe", target), RegenerateMode.REPLACE_ALL).draft();
        approval.approve(second.id(), "hand-written");
        LearningReport v2 = Learned.report(learning, article.id(), Output.VI, 2);

        assertThat(jdbc.sql("select count(*) from tm_unit where source_text = ?").param(source).query(Long.class).single()).isOne();
        assertThat(v1.addedUnits()).isEqualTo(2);
        assertThat(v2.addedUnits()).isEqualTo(1); // the new headline
        assertThat(v2.refreshedUnits()).isEqualTo(1);
        assertThat(unitChangedAt(source)).isAfter(learnedAt);
        assertThat(jdbc.sql("select changed_by from tm_unit where source_text = ?").param(source).query(String.class).single()).isEqualTo("vera");
        assertThat(memory.exact(source, "en", "vi")).get().extracting(MemoryMatch::origin).isEqualTo("approved vi v2 of article " + article.id());
    }

    private java.time.OffsetDateTime unitChangedAt(String source) {
        return jdbc.sql("select changed_at from tm_unit where source_text = ?").param(source).query(java.time.OffsetDateTime.class).single();
    }

    @Test
    void the_report_is_found_through_the_public_api_newest_first() {
        Article article = articles.importText("Storm warning\nA storm is approaching the central coast.");
        var draft = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Cảnh báo bão", "Một cơn bão đang tiến vào bờ biển miền Trung."));
        approval.approve(draft.id(), "hand-written");
        Learned.report(learning, article.id(), Output.VI, 1);

        assertThat(learning.recent(50)).anySatisfy(r -> {
            assertThat(r.articleId()).isEqualTo(article.id());
            assertThat(r.approvedBy()).isEqualTo("vera");
            assertThat(r.skipped()).isEmpty();
        });
        assertThat(learning.report(article.id(), Output.RU, 1)).isEmpty();
        assertThat(List.of(learning.report(article.id(), Output.VI, 1).orElseThrow().summary()))
                .containsExactly("Memory learned 2 paragraphs and 0 sentences.");
    }
}
