package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.export.XliffImportService;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.OutputState;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.SegmentRevision;
import org.transdesk.review.SegmentText;
import org.transdesk.review.internal.ContentHash;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Generating again never overwrites people's work: edited and confirmed paragraphs are kept unless
 * the editor chooses "replace all"; an approved version never changes; the offline engine leaves
 * what it cannot translate empty and says so. On the built-in offline engine, with articles whose
 * sentences no memory holds.
 */
@IntegrationTest
@WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
class RegenerateKeepsHumanWorkTest {

    @Autowired GenerationService generation;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired ApprovalService approval;
    @Autowired ExportService exports;
    @Autowired XliffImportService xliff;
    @Autowired DraftQa qa;

    static final List<String> RUSSIAN = List.of("Паром снова ходит", "Паром вышел на рассвете.", "На борту было сорок пассажиров.",
            "Капитан поблагодарил команду.", "Следующий рейс завтра.");

    /** An article no translation memory can know: every sentence has made-up words, so neither exact nor fuzzy matches exist. */
    static String unknownArticle(int paragraphs) {
        Random random = new Random();
        StringBuilder text = new StringBuilder(word(random) + " " + word(random) + " " + word(random) + " " + word(random));
        for (int i = 1; i <= paragraphs; i++) {
            text.append('\n').append("The ").append(word(random)).append(" boat of ").append(word(random)).append(" sailed ")
                    .append(word(random)).append(" with ").append(i).append(" crates of ").append(word(random)).append('.');
        }
        return text.toString();
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    private Article articleWithRussianMachineDraft() {
        Article article = articles.importText(unknownArticle(RUSSIAN.size() - 1));
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft(RUSSIAN.toArray(String[]::new)));
        return article;
    }

    private Draft russian(Article article) {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    private DraftOutcome generate(Article article, Output output, RegenerateMode mode) {
        Map<Output, DraftOutcome> outcomes = new ConcurrentHashMap<>();
        Map<Output, String> failures = new ConcurrentHashMap<>();
        generation.start(article.id(), java.util.Set.of(output), mode, new GenerationObserver() {
            @Override
            public void finished(Output o, DraftOutcome outcome) {
                outcomes.put(o, outcome);
            }

            @Override
            public void failed(Output o, String message) {
                failures.put(o, message);
            }
        }).await();
        assertThat(failures).isEmpty();
        return outcomes.get(output);
    }

    /** Paragraph 1 edited, paragraph 2 confirmed: the people's work in these tests. */
    private void editFirstAndConfirmSecond(Article article) {
        Draft draft = russian(article);
        editing.editSegment(draft.id(), 1, "Паром вышел в море на рассвете (правка).", draft.segments().get(1).revision());
        editing.confirm(draft.id(), 2, draft.segments().get(2).revision());
    }

    @Test
    void generating_again_keeps_edited_and_confirmed_paragraphs_and_drafts_only_the_rest() {
        Article article = articleWithRussianMachineDraft();
        editFirstAndConfirmSecond(article);

        DraftOutcome outcome = generate(article, Output.RU, RegenerateMode.ONLY_THE_REST);

        Draft after = russian(article);
        assertThat(after.texts().get(1)).isEqualTo("Паром вышел в море на рассвете (правка).");
        assertThat(after.texts().get(2)).isEqualTo(RUSSIAN.get(2));
        assertThat(after.segments()).extracting(SegmentText::status).containsExactly(ParagraphStatus.UNTRANSLATED,
                ParagraphStatus.EDITED, ParagraphStatus.CONFIRMED, ParagraphStatus.UNTRANSLATED, ParagraphStatus.UNTRANSLATED);
        assertThat(outcome.kept()).isEqualTo(2);
        assertThat(outcome.untranslated()).isEqualTo(3);
        assertThat(outcome.replacedHumanWork()).isZero();
        assertThat(drafts.history(after.id(), 1)).extracting(SegmentRevision::kind).containsExactly("ENGINE", "EDIT");
    }

    @Test
    void the_service_says_how_many_paragraphs_people_edited_or_confirmed_so_the_editor_is_asked_first() {
        Article article = articleWithRussianMachineDraft();
        assertThat(drafting.humanWork(article.id(), new java.util.LinkedHashSet<>(Output.defaults()))).isEmpty();

        editFirstAndConfirmSecond(article);

        assertThat(drafting.humanWork(article.id(), new java.util.LinkedHashSet<>(Output.defaults()))).containsExactly(Map.entry(Output.RU, 2));
        assertThat(russian(article).counts().describe()).isEqualTo("3 machine draft · 1 edited · 1 confirmed");
    }

    @Test
    void replace_all_drafts_every_paragraph_again_keeps_the_old_text_in_the_history_and_counts_what_it_replaced() {
        Article article = articleWithRussianMachineDraft();
        editFirstAndConfirmSecond(article);

        DraftOutcome outcome = generate(article, Output.RU, RegenerateMode.REPLACE_ALL);

        assertThat(outcome.replacedHumanWork()).isEqualTo(2);
        assertThat(outcome.notice()).contains("2 edited or confirmed paragraphs replaced (their text stays in the history)");
        Draft after = russian(article);
        assertThat(after.segments()).extracting(SegmentText::status).containsOnly(ParagraphStatus.UNTRANSLATED);
        assertThat(drafts.history(after.id(), 1)).extracting(SegmentRevision::text).contains("Паром вышел в море на рассвете (правка).");
        assertThat(drafts.history(after.id(), 2)).extracting(SegmentRevision::text).contains(RUSSIAN.get(2));
    }

    @Test
    void generating_again_on_an_approved_output_keeps_the_approved_text_and_the_approval() {
        Article article = articleWithRussianMachineDraft();
        ApprovedVersion version = approval.approve(russian(article).id(), "test: hand-written draft");

        DraftOutcome outcome = generate(article, Output.RU, RegenerateMode.ONLY_THE_REST);

        Draft after = russian(article);
        assertThat(after.texts()).as("a new round starts from the approved text, not from the engine").isEqualTo(version.segments());
        assertThat(after.state()).isEqualTo(OutputState.APPROVED);
        assertThat(after.segments()).extracting(SegmentText::status).containsOnly(ParagraphStatus.CONFIRMED);
        assertThat(outcome.draftReady()).isFalse();
        assertThat(outcome.notice()).contains("nothing to draft");
    }

    @Test
    void nothing_after_approval_changes_the_approved_version() {
        Article article = articleWithRussianMachineDraft();
        ApprovedVersion approved = approval.approve(russian(article).id(), "test: hand-written draft");
        String exported = new String(exports.export(article.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8);

        xliff.apply(article.id(), Output.RU, exported.replace("<target>" + RUSSIAN.get(4) + "</target>", "<target>Следующий рейс в пятницу.</target>")
                .getBytes(StandardCharsets.UTF_8), null, java.util.List.of());
        Draft draft = russian(article);
        editing.editSegment(draft.id(), 3, "Капитан поблагодарил всю команду.", draft.segments().get(3).revision());
        generate(article, Output.RU, RegenerateMode.ONLY_THE_REST);
        generate(article, Output.RU, RegenerateMode.REPLACE_ALL);

        ApprovedVersion reread = approval.versions(article.id(), Output.RU).stream().filter(v -> v.id() == approved.id())
                .findFirst().orElseThrow();
        assertThat(reread.segments()).isEqualTo(RUSSIAN);
        assertThat(reread.contentHash()).isEqualTo(approved.contentHash()).isEqualTo(ContentHash.of(RUSSIAN));
        assertThat(drafts.history(russian(article).id(), 3)).extracting(SegmentRevision::text).contains("Капитан поблагодарил всю команду.");
    }

    @Test
    void the_offline_engine_leaves_paragraphs_without_a_memory_match_empty_untranslated_and_says_so() {
        Article article = articles.importText(unknownArticle(44));
        int segments = article.segments().size();

        DraftOutcome outcome = generate(article, Output.VI, RegenerateMode.ONLY_THE_REST);

        Draft vi = drafts.find(article.id(), Output.VI).orElseThrow();
        assertThat(vi.texts()).as("never the English source in the Vietnamese box").containsOnly("");
        assertThat(vi.segments()).extracting(SegmentText::status).containsOnly(ParagraphStatus.UNTRANSLATED);
        assertThat(outcome.draftReady()).isFalse();
        assertThat(outcome.notice()).isEqualTo("Vietnamese: nothing to translate from memory for " + segments + " of " + segments
                + " paragraphs (left empty, marked Untranslated)");
        assertThat(drafts.summaries(List.of(article.id())).get(article.id()).get(Output.VI).label()).isEqualTo("Untranslated " + segments);
    }

    @Test
    void qa_reports_one_finding_per_untranslated_paragraph() {
        Article article = articles.importText(unknownArticle(44));
        generate(article, Output.VI, RegenerateMode.ONLY_THE_REST);
        generate(article, Output.RU, RegenerateMode.ONLY_THE_REST);

        for (Output output : List.of(Output.VI, Output.RU)) {
            List<QaFinding> findings = qa.check(drafts.find(article.id(), output).orElseThrow().id()).findings();
            Map<Integer, Long> perParagraph = findings.stream().collect(Collectors.groupingBy(QaFinding::segment, Collectors.counting()));
            assertThat(perParagraph).as(output + ": one finding per paragraph").hasSize(45).containsOnlyKeys(range(45))
                    .allSatisfy((segment, count) -> assertThat(count).isEqualTo(1));
        }
    }

    @Test
    void english_copied_into_a_target_box_is_one_finding_per_paragraph_too() {
        Article article = articles.importText(unknownArticle(44));
        List<GeneratedDraft.Segment> copies = article.segments().stream().map(s -> new GeneratedDraft.Segment(s, "MODEL", null, null)).toList();
        Draft ru = drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(copies, Fixtures.offlineProvenance()));

        List<QaFinding> findings = qa.check(ru.id()).findings();

        assertThat(findings.stream().filter(QaFinding::isError).count()).isEqualTo(45);
        assertThat(findings).hasSize(45);
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
