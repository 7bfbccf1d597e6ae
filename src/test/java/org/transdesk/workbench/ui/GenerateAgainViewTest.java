package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.SegmentRevision;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * "Generate drafts" over people's work asks first, with the count, "Only the rest" chosen; "Replace
 * all" says the old text is kept as a revision. What the run did is said in the column head.
 */
@IntegrationTest
class GenerateAgainViewTest extends SpringBrowserlessTest {

    static final String EDITED = "Плотина полностью готова, сказал инженер.";

    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void generating_again_asks_with_the_count_and_only_the_rest_is_chosen_and_keeps_the_edit() {
        Article article = articleWithEditedRussian();
        WorkbenchView view = Workbench.open(this, article);

        test(view.generate).click();

        RegenerateDialog ask = find(RegenerateDialog.class).single();
        assertThat(find(Paragraph.class, ask).withId("regenerate-count").single().getText())
                .isEqualTo("1 paragraph was edited or confirmed by people:");
        assertThat(ask.mode.getValue()).isEqualTo(RegenerateMode.ONLY_THE_REST);
        assertThat(ask.mode.getItemLabelGenerator().apply(RegenerateMode.REPLACE_ALL))
                .contains("kept as a revision in each paragraph's history");
        test(ask.generate).click();
        awaitRunEnd(view);

        assertThat(russian(article).texts().get(1)).isEqualTo(EDITED);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void replace_all_drafts_the_edited_paragraph_again_and_keeps_its_text_in_the_history_and_says_so() {
        Article article = articleWithEditedRussian();
        WorkbenchView view = Workbench.open(this, article);

        test(view.generate).click();
        RegenerateDialog ask = find(RegenerateDialog.class).single();
        ask.mode.setValue(RegenerateMode.REPLACE_ALL);
        test(ask.generate).click();
        awaitRunEnd(view);

        Draft russian = russian(article);
        assertThat(russian.texts().get(1)).isNotEqualTo(EDITED);
        assertThat(drafts.history(russian.id(), 1)).extracting(SegmentRevision::text).contains(EDITED);
        assertThat(Workbench.header(this, Output.RU).message.message())
                .contains("1 edited or confirmed paragraphs replaced (their text stays in the history)");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void what_the_run_did_is_said_in_the_column_head_and_not_as_a_toast() {
        Article article = articles.importText("Vwqzk ferry pier reopens\nThe jxqv pier of Qzxv was rebuilt by Vwkqz.");
        WorkbenchView view = Workbench.open(this, article);

        test(view.generate).click(); // nothing of people's yet: no question
        awaitRunEnd(view);

        var message = Workbench.header(this, Output.VI).message;
        assertThat(message.message()).isEqualTo("Vietnamese: nothing to translate from memory for 2 of 2 paragraphs"
                + " (left empty, marked Untranslated)");
        assertThat(message.getElement().getAttribute("data-level")).as("not a success: nothing was drafted").isEqualTo("WARNING");
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void leaving_the_page_during_a_run_stops_the_workbench_listening_and_the_run_still_stores_its_draft() {
        Article article = articles.importText("Vwqzk ferry pier closes\nThe jxqv pier of Qzxv was closed by Vwkqz.");
        WorkbenchView view = Workbench.open(this, article);
        OutputHeader header = Workbench.header(this, Output.VI);

        test(view.generate).click();
        navigate(LibraryView.class); // the editor leaves while the run goes on

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (drafts.find(article.id(), Output.VI).map(d -> d.state() == org.transdesk.review.OutputState.DRAFTING).orElse(true)) {
            assertThat(System.nanoTime()).as("the run stored its draft in time").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            MockVaadin.clientRoundtrip();
        }
        MockVaadin.clientRoundtrip(); // whatever the workers queued for the screen has had its turn

        assertThat(header.message.message()).as("the workbench left behind heard nothing of the run").isNullOrEmpty();
        assertThat(view.generate.isEnabled()).as("nor was it told the run ended").isFalse();
    }

    /** Runs the UI tasks the generation's workers queued until the run has ended for this screen. */
    private void awaitRunEnd(WorkbenchView view) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            assertThat(System.nanoTime()).as("the run ended in time").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            MockVaadin.clientRoundtrip(); // runs the UI tasks the workers queued, as a request would
        } while (!view.generate.isEnabled());
    }

    private Draft russian(Article article) {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    private Article articleWithEditedRussian() {
        Article article = articles.importText("Dam completed\nThe dam is finished, the engineer said.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Плотина достроена", "MODEL", null, null),
                new GeneratedDraft.Segment("Плотина готова, сказал инженер.", "MODEL", null, null)), Fixtures.offlineProvenance()));
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(draft.id(), 1, EDITED, draft.segments().get(1).revision());
        return article;
    }
}
