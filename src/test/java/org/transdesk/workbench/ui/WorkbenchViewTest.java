package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
class WorkbenchViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired org.transdesk.review.EditingService editing;

    private Article articleWithRussianDraft() {
        Article article = articles.importText("Dam completed\nThe dam is finished.");
        drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Плотина достроена", "Плотина готова."));
        return article;
    }

    private WorkbenchView open(Article article) {
        return navigate(WorkbenchView.class, Map.of("articleId", String.valueOf(article.id())));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void shows_source_and_draft_side_by_side_and_says_which_engine_wrote_it() {
        WorkbenchView view = open(articleWithRussianDraft());

        ParagraphBox headline = $(ParagraphBox.class).withAttribute("data-output", "ru").withAttribute("data-position", "0").single();
        assertThat(headline.getValue()).isEqualTo("Плотина достроена");
        assertThat($view(com.vaadin.flow.component.html.Div.class).withClassName("source-cell").withText("The dam is finished.").exists()).isTrue();
        assertThat(Workbench.inertText(this, "#engine-ru")).isEqualTo("Offline engine");
        assertThat(view.generate.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_edits_a_paragraph_and_is_not_offered_approval() {
        Article article = articleWithRussianDraft();
        open(article);

        ParagraphBox paragraph = $(ParagraphBox.class).withAttribute("data-output", "ru").withAttribute("data-position", "1").single();
        Workbench.type(paragraph, "Плотина полностью готова.");

        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts().get(1)).isEqualTo("Плотина полностью готова.");
        assertThat($(Button.class).withId("approve-ru").exists()).as("approve is not shown to an editor").isFalse();
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void a_reviewer_approves_from_the_column_header() {
        Article article = articleWithRussianDraft();
        open(article);

        test($(Button.class).id("approve-ru")).click();

        assertThat(approval.versions(article.id(), Output.RU)).singleElement().satisfies(v -> assertThat(v.approvedBy()).isEqualTo("vera"));
        assertThat(Workbench.header(this, Output.RU).message.message()).startsWith("Russian approved as version 1."); // then what the memory learned, once it ran
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void exporting_before_approval_is_refused_with_a_reason() {
        Article article = articleWithRussianDraft();
        open(article);

        Button export = $(Button.class).id("export-ru");
        assertThat(export.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void a_draft_nothing_could_be_translated_for_reads_untranslated_n_in_the_column_head_and_the_library() {
        Article article = articles.importText("Xqzvwk harbour reopens\nThe qzxv pier of Vwkqz was rebuilt by jxqv.");
        drafting.saveGenerated(article.id(), Output.VI, 1, new org.transdesk.review.GeneratedDraft(java.util.List.of(
                new org.transdesk.review.GeneratedDraft.Segment("", "UNTRANSLATED", null, "Untranslated"),
                new org.transdesk.review.GeneratedDraft.Segment("", "UNTRANSLATED", null, "Untranslated")), Fixtures.offlineProvenance()));

        open(article);
        assertThat(Workbench.inertText(this, ".state-badge[data-output=vi]"))
                .isEqualTo("Untranslated 2");

        LibraryView library = navigate(LibraryView.class);
        test(library.search).setValue("Xqzvwk harbour reopens");
        var badge = test(library.grid).getCellComponent(0, 3); // title, date, paragraphs, then Vietnamese
        assertThat(((com.vaadin.flow.component.html.Span) badge).getText()).isEqualTo("Untranslated 2");
    }

}
