package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.CommentService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15, the heap of an open workbench: as in CAT tools, a paragraph's buttons (confirm, history, comments, tools)
 * are made for the paragraph being worked on and for one with comment threads, and its QA findings only when it has
 * any; every paragraph used to carry them all, a third of what an open workbench held.
 */
@IntegrationTest
class ParagraphToolsOnFocusViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired CommentService comments;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void only_the_paragraph_being_worked_on_and_one_with_comments_have_buttons() {
        Article article = articles.importText("Dam opens " + System.nanoTime() + "\nThe dam opened on Monday.\nIt took five years.\nThe engineer was pleased.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                Fixtures.draft("Плотина открыта", "Плотина открылась в понедельник.", "Её строили пять лет.", "Инженер был доволен."));
        comments.comment(drafts.find(article.id(), Output.RU).orElseThrow().id(), 3, "Which engineer?");
        Workbench.open(this, article);

        assertThat(Workbench.withButtons(this)).as("no paragraph worked on yet: only the one with a comment has buttons")
                .extracting(t -> t.editor().position()).containsExactly(3);
        assertThat(Workbench.withButtons(this).getFirst().comments.getText()).isEqualTo("Comments (1 open / 1)");
        SegmentEditor first = Workbench.editor(this, Output.RU, 1);
        assertThat(first.area.getHelperComponent()).as("no findings, no helper to describe the box").isNull();

        Workbench.focus(first);
        assertThat(Workbench.withButtons(this)).extracting(t -> t.editor().position()).containsExactlyInAnyOrder(1, 3);
        SegmentTools tools = Workbench.buttons(this, Output.RU, 1);
        assertThat(tools.confirm.isVisible()).as("a machine draft can be confirmed").isTrue();
        assertThat(tools.history.getElement().getAttribute("data-position")).isEqualTo("1");

        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(Workbench.withButtons(this)).as("the buttons go with the focus")
                .extracting(t -> t.editor().position()).containsExactlyInAnyOrder(2, 3);
        assertThat(tools.buttonsShown()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Div.class, first).withClassName("segment-tools").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void a_focus_report_naming_no_box_of_this_screen_changes_nothing() {
        Article article = articles.importText("Dam opens " + System.nanoTime() + "\nThe dam opened on Monday.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft("Плотина открыта", "Плотина открылась в понедельник."));
        Workbench.open(this, article);
        com.vaadin.flow.dom.Element grid = find(ColumnsGrid.class).single().getElement();

        for (String[] sent : new String[][] {{"ru", "99"}, {"zz", "1"}, {"ru", "x"}, {"summary-../../etc", "1"}, {null, null}}) {
            var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
            data.put(ReviewPanels.FOCUSED_BOX, true);
            if (sent[0] != null) {
                data.put(ReviewPanels.FOCUSED_OUTPUT, sent[0]);
                data.put(ReviewPanels.FOCUSED_POSITION, sent[1]);
            }
            grid.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                    .fireEvent(new com.vaadin.flow.dom.DomEvent(grid, "focusin", data));
        }

        assertThat(find(WorkbenchView.class).single().review().focused()).isEmpty();
        assertThat(Workbench.withButtons(this)).isEmpty();
    }
}
