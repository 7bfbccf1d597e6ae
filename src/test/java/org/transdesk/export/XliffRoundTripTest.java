package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.export.XliffMerge.Outcome;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.OutputState;
import org.transdesk.review.SegmentText;
import org.transdesk.support.IntegrationTest;

/** Export to XLIFF, change targets elsewhere and here, import it back: a three-way merge per unit. */
@IntegrationTest
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class XliffRoundTripTest {

    static final List<String> RU = List.of("АСЕАН и Россия", "Стороны обязались сотрудничать.", "Программы сокращают разрыв.");
    static final String S1 = "<target>Стороны обязались сотрудничать.</target>";
    static final String S2 = "<target>Программы сокращают разрыв.</target>";

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired
    ExportService exports;
    @Autowired
    XliffImportService xliffImport;

    Article article;
    String xliff;

    @BeforeEach
    void exportedRussian() {
        article = articles.importText("ASEAN and Russia\nBoth sides pledged cooperation.\nThe programmes narrow the gap.");
        ApprovedFixture.approve(articles, drafting, approval, article, Output.RU, RU);
        xliff = exportXliff();
    }

    private String exportXliff() {
        return new String(exports.export(article.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8);
    }

    private Draft draft() {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    private void editHere(int position, String text) {
        editing.editSegment(draft().id(), position, text, draft().segments().get(position).revision());
    }

    private XliffMerge preview(String text) {
        return xliffImport.preview(article.id(), null, text.getBytes(StandardCharsets.UTF_8));
    }

    private XliffImportResult importBack(String text, XliffResolution... resolutions) {
        return xliffImport.apply(article.id(), null, text.getBytes(StandardCharsets.UTF_8), null, List.of(resolutions));
    }

    @Test
    void a_target_changed_in_the_file_becomes_a_new_revision_and_nothing_else_changes() {
        XliffImportResult result = importBack(xliff.replace(S1, "<target>Стороны обязались тесно сотрудничать.</target>"));

        assertThat(result.fromFile()).containsExactly(1);
        Draft after = draft();
        assertThat(after.texts()).containsExactly("АСЕАН и Россия", "Стороны обязались тесно сотрудничать.", "Программы сокращают разрыв.");
        assertThat(after.segments()).extracting(SegmentText::revision).containsExactly(1, 2, 1);
        assertThat(after.state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(drafts.history(after.id(), 1).getLast().author()).isEqualTo("rita");
        assertThat(approval.latestApproved(article.id(), Output.RU).orElseThrow().segments()).isEqualTo(RU);
    }

    @Test
    void an_unchanged_file_changes_nothing() {
        assertThat(preview(xliff).changesNothing()).isTrue();
        assertThat(importBack(xliff).changedPositions()).isEmpty();
        assertThat(draft().state()).isEqualTo(OutputState.APPROVED);
    }

    @Test
    void the_preview_names_the_article_output_and_base_and_writes_nothing() {
        editHere(2, "Программы быстро сокращают разрыв.");
        XliffMerge merge = preview(xliff.replace(S1, "<target>Стороны обязались тесно сотрудничать.</target>"));

        assertThat(merge.articleId()).isEqualTo(article.id());
        assertThat(merge.articleTitle()).isEqualTo("ASEAN and Russia");
        assertThat(merge.output()).isEqualTo(Output.RU);
        assertThat(merge.baseVersion()).isEqualTo(1);
        assertThat(merge.baseFrom()).isEqualTo(XliffMerge.BaseFrom.FILE);
        assertThat(merge.units()).extracting(XliffMerge.Unit::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.FROM_FILE, Outcome.KEPT_HERE);
        assertThat(draft().texts().get(1)).isEqualTo(RU.get(1));
    }

    @Test
    void a_paragraph_changed_in_both_is_a_conflict_and_nothing_is_applied_until_it_is_resolved() {
        editHere(1, "Правка в Transdesk.");
        String edited = xliff.replace(S1, "<target>Правка в CAT.</target>").replace(S2, "<target>Программы сокращают отставание.</target>");

        assertThat(preview(edited).conflicts()).extracting(XliffMerge.Unit::position).containsExactly(1);
        assertThatThrownBy(() -> importBack(edited)).isInstanceOf(ExportException.class).hasMessageContaining("Paragraphs [1]")
                .hasMessageContaining("Nothing was imported");
        assertThat(draft().texts()).containsExactly(RU.get(0), "Правка в Transdesk.", RU.get(2));
    }

    @Test
    void a_conflict_is_resolved_by_keeping_the_text_here_taking_the_file_or_merging() {
        editHere(1, "Правка в Transdesk.");
        String edited = xliff.replace(S1, "<target>Правка в CAT.</target>");

        XliffImportResult kept = importBack(edited, XliffResolution.here(1));
        assertThat(kept.keptHere()).containsExactly(1);
        assertThat(draft().texts().get(1)).isEqualTo("Правка в Transdesk.");

        importBack(edited, XliffResolution.file(1));
        assertThat(draft().texts().get(1)).isEqualTo("Правка в CAT.");

        editHere(1, "Ещё одна правка.");
        importBack(edited.replace("Правка в CAT.", "Третья правка."), XliffResolution.merged(1, "Правка вместе.\u0007"));
        assertThat(draft().texts().get(1)).isEqualTo("Правка вместе.");
    }

    @Test
    void the_same_change_in_both_is_no_conflict() {
        editHere(1, "Одинаковая правка.");

        XliffMerge merge = preview(xliff.replace(S1, "<target>Одинаковая  правка.</target>"));

        assertThat(merge.units().get(1).outcome()).isEqualTo(Outcome.SAME_CHANGE);
        assertThat(merge.changesNothing()).isTrue();
    }

    @Test
    void a_save_here_after_the_preview_stops_the_import_and_nothing_is_applied() {
        String edited = xliff.replace(S1, "<target>Из файла.</target>").replace(S2, "<target>Тоже из файла.</target>");
        XliffMerge seen = preview(edited);
        editHere(2, "Сохранено после просмотра.");

        assertThatThrownBy(() -> xliffImport.apply(article.id(), null, edited.getBytes(StandardCharsets.UTF_8), seen, List.of()))
                .isInstanceOf(ExportException.class).hasMessageContaining("Paragraph 2 was saved here since you looked at the merge");
        assertThat(draft().texts()).containsExactly(RU.get(0), RU.get(1), "Сохранено после просмотра.");
    }

    @Test
    void unknown_duplicate_and_padded_ids_are_refused_by_name() {
        String changed = xliff.replace(S1, "<target>Изменено.</target>");
        assertThatThrownBy(() -> importBack(changed.replace("<unit id=\"s2\">", "<unit id=\"s9\">")))
                .isInstanceOf(ExportException.class).hasMessageContaining("Unknown unit id 's9'");
        assertThatThrownBy(() -> importBack(changed.replace("<unit id=\"s2\">", "<unit id=\"s1\">")))
                .isInstanceOf(ExportException.class).hasMessageContaining("'s1' appears twice");
        assertThatThrownBy(() -> importBack(changed.replace("<unit id=\"s1\">", "<unit id=\"s01\">")))
                .isInstanceOf(ExportException.class).hasMessageContaining("'s01' is zero-padded");
        assertThatThrownBy(() -> importBack(changed.replace("<unit id=\"s1\">", "<unit id=\"1\">")))
                .isInstanceOf(ExportException.class).hasMessageContaining("Unknown unit id '1'");
        assertThat(draft().texts()).isEqualTo(RU);
    }

    @Test
    void language_tags_are_compared_by_bcp47_and_a_wrong_language_is_refused() {
        String regional = xliff.replace("srcLang=\"en\"", "srcLang=\"EN-gb\"").replace("trgLang=\"ru\"", "trgLang=\"ru-RU\"")
                .replace(S1, "<target>Стороны обязались тесно сотрудничать.</target>");
        assertThat(importBack(regional).fromFile()).containsExactly(1);

        assertThatThrownBy(() -> importBack(xliff.replace("trgLang=\"ru\"", "trgLang=\"vi\"")))
                .isInstanceOf(ExportException.class).hasMessageContaining("Wrong language");
        assertThatThrownBy(() -> xliffImport.preview(article.id(), Output.VI, xliff.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExportException.class).hasMessageContaining("not the Vietnamese one");
    }

    @Test
    void a_changed_source_text_or_source_revision_is_refused() {
        assertThatThrownBy(() -> importBack(xliff.replace("td:sourceRevision=\"1\"", "td:sourceRevision=\"7\"")))
                .isInstanceOf(ExportException.class).hasMessageContaining("source article changed");
        assertThatThrownBy(() -> importBack(xliff.replace("<source>The programmes narrow the gap.</source>", "<source>Other.</source>")))
                .isInstanceOf(ExportException.class).hasMessageContaining("source text of unit s2");
    }

    @Test
    void a_file_stripped_of_transdesk_attributes_is_merged_against_the_exported_version_its_texts_match() {
        editHere(1, "Вторая версия.");
        approval.approve(draft().id(), "test");
        String second = exportXliff();
        editHere(2, "Правка после второго экспорта.");
        String stripped = xliff.replaceAll(" td:[a-zA-Z]+=\"[^\"]*\"", "").replace(S1, "<target>Из CAT по первой версии.</target>");

        XliffMerge merge = preview(stripped);

        assertThat(merge.baseFrom()).isEqualTo(XliffMerge.BaseFrom.EXPORT_RECORD);
        assertThat(merge.baseVersion()).isEqualTo(1);
        assertThat(merge.units()).extracting(XliffMerge.Unit::outcome).containsExactly(Outcome.UNCHANGED, Outcome.CONFLICT, Outcome.KEPT_HERE);
        assertThat(preview(second.replaceAll(" td:[a-zA-Z]+=\"[^\"]*\"", "")).baseVersion()).isEqualTo(2);
    }

    @Test
    void a_file_without_a_version_for_an_output_never_exported_as_xliff_is_refused() {
        Article other = articles.importText("Dam completed\nThe dam is finished.");
        ApprovedFixture.approve(articles, drafting, approval, other, Output.RU, List.of("Плотина достроена", "Плотина готова."));
        String file = xliff.replaceAll(" td:[a-zA-Z]+=\"[^\"]*\"", "")
                .replace("<source>ASEAN and Russia</source>", "<source>Dam completed</source>")
                .replace("<source>Both sides pledged cooperation.</source>", "<source>The dam is finished.</source>")
                .replaceAll("<unit id=\"s2\">.*?</unit>", "");

        assertThatThrownBy(() -> xliffImport.preview(other.id(), null, file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExportException.class).hasMessageContaining("no record of exporting");
    }

    @Test
    void a_file_of_another_article_is_refused_naming_that_article() {
        Article other = articles.importText("Dam completed\nThe dam is finished.");
        ApprovedFixture.approve(articles, drafting, approval, other, Output.RU, List.of("Плотина достроена", "Плотина готова."));

        assertThatThrownBy(() -> xliffImport.preview(other.id(), null, xliff.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("belongs to article " + article.id() + " \"ASEAN and Russia\"").hasMessageContaining("not to \"Dam completed\"");
        assertThatThrownBy(() -> xliffImport.preview(other.id(), null, xliff.replaceAll(" td:[a-zA-Z]+=\"[^\"]*\"", "").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExportException.class).hasMessageContaining("is not this article's headline");
    }

    @Test
    void hostile_files_get_a_clear_error() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"><file id=\"f\">&e;</file></xliff>";
        assertThatThrownBy(() -> importBack(xxe)).isInstanceOf(ExportException.class);
        assertThatThrownBy(() -> importBack("<xliff")).isInstanceOf(ExportException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> importBack("<xliff version=\"3.0\"/>")).isInstanceOf(ExportException.class).hasMessageContaining("not an XLIFF 1.2, 2.0 or 2.1");
        assertThatThrownBy(() -> importBack("<xliff version=\"1.2\"/>")).isInstanceOf(ExportException.class).hasMessageContaining("no <file>");
        assertThat(draft().texts()).isEqualTo(RU);
    }
}
