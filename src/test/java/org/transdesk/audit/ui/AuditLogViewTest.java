package org.transdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditEvent;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;

/** The admin's audit log: every state change is listed, and any words narrow the list. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:review-views;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;

    @Test
    @WithMockUser(username = "admin", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void the_audit_log_lists_state_changes_and_filters_by_any_word() {
        // set-up runs as the signed-in admin: switching users would also switch the browserless session's user
        Article article = articles.importText("Audited " + System.nanoTime() + "\nThe meeting was held on Monday.");
        var engine = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                new GeneratedDraft(List.of(new GeneratedDraft.Segment("Встреча", "MODEL", null, null),
                        new GeneratedDraft.Segment("Встреча прошла в понедельник.", "MODEL", null, null)), engine));

        navigate(AuditLogView.class);
        // the view bean is a security proxy: reach its components through the UI tree
        test(find(TextField.class).single()).setValue("state.changed ru");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = find(Grid.class).single();

        assertThat(grid.getListDataView().getItems().toList())
                .anyMatch(e -> e.articleId() == article.id() && e.detail().equals("Not started → Needs review"))
                .allMatch(e -> e.action().equals("state.changed"));
    }
}
