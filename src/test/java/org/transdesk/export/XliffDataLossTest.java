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
import org.transdesk.review.Draft;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.support.IntegrationTest;

/** The data-loss defects of the XLIFF import (issue 12): each of these lost or blocked work on the old import. */
@IntegrationTest
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class XliffDataLossTest {

    static final List<String> RU = List.of("АСЕАН и Россия", "Стороны обязались сотрудничать.", "Программы сокращают разрыв.");

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired
    DraftingService drafting;
    @Autowired
    EditingService editing;
    @Autowired
    ApprovalService approval;
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
        xliff = new String(exports.export(article.id(), Output.RU, ExportFormat.XLIFF).content(), StandardCharsets.UTF_8);
    }

    private Draft draft() {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    private void editHere(int position, String text) {
        editing.editSegment(draft().id(), position, text, draft().segments().get(position).revision());
    }

    private XliffImportResult importBack(String text) {
        return xliffImport.apply(article.id(), null, text.getBytes(StandardCharsets.UTF_8), null, List.of());
    }

    @Test
    void a_zero_padded_unit_id_is_refused_by_name_and_wipes_nothing() {
        String padded = xliff.replace("<unit id=\"s2\">", "<unit id=\"s02\">")
                .replace("<target>Программы сокращают разрыв.</target>", "<target>Программы сокращают отставание.</target>");

        assertThatThrownBy(() -> importBack(padded)).isInstanceOf(ExportException.class).hasMessageContaining("'s02'");
        assertThat(draft().texts()).isEqualTo(RU);
    }

    @Test
    void a_file_without_the_transdesk_version_keeps_edits_made_here_after_the_export() {
        editHere(1, "Стороны твёрдо обязались сотрудничать.");
        String withoutVersion = xliff.replaceAll(" td:version=\"\\d+\"", "")
                .replace("<target>Программы сокращают разрыв.</target>", "<target>Программы сокращают отставание.</target>");

        importBack(withoutVersion);

        assertThat(draft().texts()).containsExactly("АСЕАН и Россия", "Стороны твёрдо обязались сотрудничать.",
                "Программы сокращают отставание.");
    }

    @Test
    void an_edit_here_after_the_export_does_not_block_the_paragraphs_changed_only_in_the_file() {
        editHere(1, "Стороны твёрдо обязались сотрудничать.");
        String edited = xliff.replace("<target>Программы сокращают разрыв.</target>", "<target>Программы сокращают отставание.</target>");

        importBack(edited);

        assertThat(draft().texts()).containsExactly("АСЕАН и Россия", "Стороны твёрдо обязались сотрудничать.",
                "Программы сокращают отставание.");
    }
}
