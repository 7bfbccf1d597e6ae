package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftingService;
import org.transdesk.review.FindingDismissals;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/** Issue #17: a QA finding a reviewer dismissed travels with the XLIFF export as a note on its unit, and does not come back as a comment. */
@IntegrationTest
class DismissedFindingExportTest {

    static final String REASON = "The desk rewrote the year on purpose.";

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftQa qa;
    @Autowired FindingDismissals dismissals;
    @Autowired ApprovalService approval;
    @Autowired ExportService exports;
    @Autowired XliffImportService xliffImport;

    @Test
    void the_xliff_export_carries_the_dismissal_as_a_note_on_its_unit_in_every_version() throws Exception {
        Article article = as("ed", EDITOR, () -> articles.importText("Exports grow\nExports rose by 12 percent in 2020."));
        Draft draft = as("ed", EDITOR, () -> drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                Fixtures.draft("Экспорт растёт", "Экспорт вырос на 12 процентов в прошлом году.")));
        QaFinding error = as("ed", EDITOR, () -> qa.check(draft.id())).errors().getFirst();
        as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, REASON));
        as("rev", REVIEWER, () -> approval.approve(draft.id()));

        for (ExportFormat format : List.of(ExportFormat.XLIFF, ExportFormat.XLIFF_1_2)) {
            String xliff = new String(as("ed", EDITOR, () -> exports.export(article.id(), Output.RU, format)).content(), StandardCharsets.UTF_8);

            String unit = xliff.substring(xliff.indexOf("id=\"s1\""));
            assertThat(unit).as(format.name()).contains("QA finding dismissed by rev").contains(REASON).contains(error.message());
            if (format == ExportFormat.XLIFF) {
                assertThat(unit).contains("category=\"qa-dismissal\"");
            }
            assertThat(XliffSchemas.validate(format == ExportFormat.XLIFF ? "2.0" : "1.2", xliff.getBytes(StandardCharsets.UTF_8))).as(format.name()).isEmpty();
            assertThat(as("ed", EDITOR, () -> xliffImport.preview(article.id(), null, xliff.getBytes(StandardCharsets.UTF_8))).newNotes())
                    .as(format.name() + ": the QA note is not a comment to import").isZero();
        }
    }
}
