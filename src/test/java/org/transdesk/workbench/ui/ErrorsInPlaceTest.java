package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Saves and refusals show where the editor is looking: a failed save next to its paragraph with the
 * typed text kept in the box, whatever the reason; a refused approval in the column head; never a
 * toast that covers the text and vanishes.
 */
@IntegrationTest
class ErrorsInPlaceTest extends SpringBrowserlessTest {

    static final String REFUSED = "DATABASE-REFUSES-THIS";

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired org.transdesk.review.ApprovalService approval;
    @Autowired JdbcClient jdbc;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void a_save_the_database_refuses_is_shown_next_to_the_paragraph_and_the_typed_text_stays_in_the_box() {
        Article article = articleWithRussian();
        Workbench.open(this, article);
        String typed = "Плотина готова. " + REFUSED;
        // a real refusal by the database, as PostgreSQL refused a NUL character: not a UserFacingException
        jdbc.sql("alter table draft_segment add constraint refuse_marker check (text not like '%" + REFUSED + "%')").update();
        try {
            Workbench.type(Workbench.editor(this, Output.RU, 1), typed);
        } finally {
            jdbc.sql("alter table draft_segment drop constraint refuse_marker").update();
        }

        SegmentEditor editor = Workbench.editor(this, Output.RU, 1);
        assertThat(editor.area.getValue()).isEqualTo(typed);
        assertThat(editor.area.isInvalid()).isTrue();
        assertThat(editor.error().message()).startsWith("Not saved. Unexpected error (reference ").endsWith("Your text is still in the box.");
        assertThat(editor.error().getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts().get(1)).isEqualTo("Плотина готова.");
        assertThat($(Notification.class).all()).as("no toast over the text").isEmpty();

        test(editor.saveAgain()).click(); // the database takes it now
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts().get(1)).isEqualTo(typed);
        assertThat(editor.error().isVisible()).isFalse();
        assertThat(editor.area.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void a_save_denied_because_the_editor_lost_the_role_says_so_next_to_the_paragraph() {
        Article article = articleWithRussian();
        Workbench.open(this, article);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ana", "n/a", AuthorityUtils.createAuthorityList("ROLE_VIEWER")));

        SegmentEditor editor = Workbench.editor(this, Output.RU, 1);
        Workbench.type(editor, "Плотина полностью готова.");

        assertThat(editor.area.getValue()).isEqualTo("Плотина полностью готова.");
        assertThat(editor.error().message()).contains("not allowed").contains("Your text is still in the box.");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts().get(1)).isEqualTo("Плотина готова.");
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void a_refused_approval_is_shown_in_the_column_head_not_as_a_toast() {
        Article article = articleWithRussian();
        Workbench.open(this, article);
        OutputHeader header = Workbench.header(this, Output.RU);
        // another reviewer approves the same text while this screen still offers Approve
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        org.transdesk.support.SignedIn.as("olga", org.transdesk.security.Roles.REVIEWER, () -> approval.approve(draft.id()));

        test(header.approve).click(); // nothing changed since

        InlineMessage message = Workbench.header(this, Output.RU).message;
        assertThat(message.message()).isEqualTo("Already approved as version 1; nothing changed since.");
        assertThat(message.getElement().getAttribute("data-level")).isEqualTo("ERROR");
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void confirming_a_paragraph_someone_saved_meanwhile_is_refused_under_that_paragraph() {
        Article article = articleWithRussian();
        Workbench.open(this, article);
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 1, "Плотина уже готова.", draft.segments().get(1).revision()); // another editor

        SegmentEditor editor = Workbench.editor(this, Output.RU, 1);
        test(Workbench.buttons(this, Output.RU, 1).confirm).click();

        assertThat(editor.error().message()).contains("was saved again").contains("read it again");
        assertThat($(Notification.class).all()).isEmpty();
    }

    private Article articleWithRussian() {
        Article article = articles.importText("Dam completed\nThe dam is finished.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Плотина достроена", "MODEL", null, null),
                new GeneratedDraft.Segment("Плотина готова.", "MODEL", null, null)), Fixtures.offlineProvenance()));
        return article;
    }
}
