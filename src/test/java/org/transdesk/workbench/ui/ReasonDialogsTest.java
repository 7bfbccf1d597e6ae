package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15: an empty reason closed the QA override dialog (and a reason of non-breaking spaces the
 * change-request dialog) and the refusal, if any, came somewhere else. Now both stay open and say
 * so on the field.
 */
@IntegrationTest
class ReasonDialogsTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void an_empty_override_reason_keeps_the_approve_dialog_open_with_the_error_on_the_field() {
        Article article = articles.importText("Exports grow " + System.nanoTime() + "\nExports rose by 12 percent in 2020.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft("Экспорт растёт", "Экспорт вырос в прошлом году."));
        Workbench.open(this, article);

        test(Workbench.header(this, Output.RU).approve).click();
        ApproveDialog dialog = find(ApproveDialog.class).single();
        test(dialog.approve).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Write why the draft may be approved despite these errors: the reason is kept with the version.");
        assertThat(approval.latestApproved(article.id(), Output.RU)).isEmpty();

        test(dialog.reason).setValue("The figure is in the photo caption.");
        test(dialog.approve).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(approval.latestApproved(article.id(), Output.RU)).isPresent();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void a_blank_override_reason_is_not_sent() {
        List<String> sent = new ArrayList<>();
        ApproveDialog dialog = new ApproveDialog(Output.VI, List.of(QaFinding.of("numbers", Severity.ERROR, "12 is missing", 1)), sent::add);
        dialog.open();
        MockVaadin.clientRoundtrip(); // the dialog is attached on the way to the browser

        test(dialog.reason).setValue("  \n\t ");
        test(dialog.approve).click();

        assertThat(sent).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void a_change_request_of_invisible_characters_keeps_its_dialog_open() {
        List<String> sent = new ArrayList<>();
        ChangeRequestDialog dialog = new ChangeRequestDialog(Output.RU, sent::add);
        dialog.open();
        MockVaadin.clientRoundtrip(); // the dialog is attached on the way to the browser

        // non-breaking and zero-width spaces: String.isBlank() calls them text
        test(dialog.reason).setValue("\u00a0\u200b\u00a0");
        test(dialog.send).click();

        assertThat(sent).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Write what should change: the editor reads it in the column head.");

        test(dialog.reason).setValue("Shorter headline, please.");
        test(dialog.send).click();
        assertThat(sent).containsExactly("Shorter headline, please.");
        assertThat(dialog.isOpened()).isFalse();
    }
}
