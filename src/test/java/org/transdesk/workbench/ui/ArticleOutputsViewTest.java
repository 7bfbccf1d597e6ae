package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleOutputs;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;

/**
 * Issue #16: "Outputs of this article" in the workbench, with six outputs configured. A reviewer unticks Chinese: the
 * workbench loses its column and switch entry, Generate drafts no longer includes it, the library leaves its cell empty
 * and its card without it; ticked again, the column is back with its draft. An editor may tick, not untick.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:six-outputs;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
class ArticleOutputsViewTest extends SpringBrowserlessTest {

    static final Output ZH = Output.translation("zh");

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ArticleOutputs articleOutputs;

    @Test
    @WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
    void a_reviewer_drops_chinese_and_adds_it_back_with_its_draft() {
        Article article = articles.importText("Tea harvest " + System.nanoTime() + "\nTea pickers started early.");
        drafting.saveGenerated(article.id(), ZH, 1, Fixtures.draft("茶叶丰收", "采茶工人很早就开工了。"));
        WorkbenchView view = Workbench.open(this, article);

        ArticleOutputsDialog dialog = view.openArticleOutputs();
        roundTrip();
        assertThat(dialog.outputs.getListDataView().getItems().map(Output::key).toList()).isEqualTo(SixOutputsViewTest.SIX);
        assertThat(dialog.outputs.getValue()).hasSize(6);
        assertThat(dialog.outputs.getItemEnabledProvider().test(ZH)).as("a reviewer may untick").isTrue();
        test(dialog.outputs).deselectItem("Chinese (Simplified)");
        test(dialog.save).click();

        assertThat(articleOutputs.of(article.id())).doesNotContain(ZH).hasSize(5);
        assertThat(view.show.getListDataView().getItems().toList()).containsExactly("all", "vi", "ru", "summary", "summary-vi", "summary-ru");
        assertThat($(ParagraphBox.class).withAttribute("data-output", "zh").all()).as("no Chinese column").isEmpty();
        assertThat(find(OutputHeader.class).all()).hasSize(5);

        LibraryView library = navigate(LibraryView.class);
        library.search.setValue(article.title());
        assertThat(test(library.grid).size()).isEqualTo(1);
        assertThat(test(library.grid).getCellComponent(0, "output-zh").getClassNames()).as("no state for an output the article does not have")
                .containsExactly("output-dropped");
        assertThat(test(library.grid).getCellComponent(0, "output-vi")).isInstanceOf(StateBadge.class);
        library.fitTo(600);
        assertThat(find(StateBadge.class, test(library.grid).getCellComponent(0, "card")).all()).as("the card's states").hasSize(5);
        library.stateFilter.output.setValue(ZH);
        library.stateFilter.state.setValue(org.transdesk.review.OutputState.NEEDS_REVIEW);
        assertThat(test(library.grid).size()).as("its Chinese draft needs review, but Chinese is not an output of it").isZero();
        library.stateFilter.state.setValue(org.transdesk.review.OutputState.NOT_STARTED);
        assertThat(test(library.grid).size()).as("nor is Chinese 'not started' for it").isZero();
        library.stateFilter.output.setValue(Output.VI);
        assertThat(test(library.grid).size()).isOne();

        view = Workbench.open(this, article);
        dialog = view.openArticleOutputs();
        roundTrip();
        test(dialog.outputs).selectItem("Chinese (Simplified)");
        test(dialog.save).click();
        assertThat($(ParagraphBox.class).withAttribute("data-output", "zh").withAttribute("data-position", "1").single().getValue())
                .as("the draft is back").isEqualTo("采茶工人很早就开工了。");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_can_tick_but_not_untick() {
        Article article = articles.importText("Rain " + System.nanoTime() + "\nIt rained.");
        WorkbenchView view = Workbench.open(this, article);

        ArticleOutputsDialog dialog = view.openArticleOutputs();
        roundTrip();

        assertThat(dialog.outputs.getItemEnabledProvider().test(ZH)).as("ticked: only a reviewer unticks it").isFalse();
        assertThat(dialog.outputs.getItemEnabledProvider().test(Output.VI)).isFalse();
        assertThat(view.articleOutputs.isVisible()).isTrue();
    }
}
