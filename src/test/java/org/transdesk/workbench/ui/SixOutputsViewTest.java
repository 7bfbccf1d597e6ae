package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;

/**
 * Issue #16: the library and the workbench follow {@code transdesk.outputs}. With six outputs configured (translations
 * vi, ru, zh; summaries in the source language, vi and ru) the library has a column and a filter entry per output, and
 * the workbench a column head, cells and a switch entry per output, placed by the grid's own rules.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:six-outputs;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
@WithMockUser(username = "ana", roles = "EDITOR")
class SixOutputsViewTest extends SpringBrowserlessTest {

    static final List<String> SIX = List.of("vi", "ru", "zh", "summary", "summary-vi", "summary-ru");

    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    Outputs outputs;

    @Test
    void the_library_has_a_column_and_a_filter_entry_per_configured_output() {
        assertThat(outputs.keys()).isEqualTo(SIX);
        LibraryView view = navigate(LibraryView.class);

        List<String> columns = view.grid.getColumns().stream().map(Grid.Column::getKey).filter(k -> k != null && k.startsWith("output-")).toList();
        assertThat(columns).containsExactly("output-vi", "output-ru", "output-zh", "output-summary", "output-summary-vi", "output-summary-ru");
        assertThat(view.grid.getColumnByKey("output-zh").getHeaderText()).isEqualTo("Chinese (Simplified)");
        assertThat(view.grid.getColumnByKey("output-summary-vi").getHeaderText()).isEqualTo("Vietnamese summary");
        assertThat(test(view.stateFilter.output).getSuggestionItems()).extracting(Output::key).isEqualTo(SIX);
    }

    @Test
    void the_workbench_has_six_columns_and_the_switch_shows_any_one_of_them() {
        Article article = articles.importText("Rice harvest " + System.nanoTime() + "\nRice output rose 5% this year.");
        drafting.saveGenerated(article.id(), Output.translation("zh"), 1, Fixtures.draft("水稻丰收", "今年水稻产量增长5%。"));
        drafting.saveGenerated(article.id(), Output.editionSummary("vi"), 1, Fixtures.draft("Sản lượng lúa tăng 5% trong năm nay."));
        WorkbenchView view = Workbench.open(this, article);

        for (String key : SIX) {
            assertThat(Workbench.header(this, Output.ofKey(key).orElseThrow())).as("column head " + key).isNotNull();
        }
        assertThat(Workbench.header(this, Output.translation("zh")).getElement().getAttribute("class")).contains("out-zh", "out-cell");
        assertThat($(ParagraphBox.class).withAttribute("data-output", "zh").withAttribute("data-position", "1").single().getValue())
                .isEqualTo("今年水稻产量增长5%。");
        assertThat($(ParagraphBox.class).withAttribute("data-output", "summary-vi").single().getValue())
                .isEqualTo("Sản lượng lúa tăng 5% trong năm nay.");
        assertThat(view.show.getListDataView().getItems().toList()).containsExactly("all", "vi", "ru", "zh", "summary", "summary-vi", "summary-ru");
        assertThat(view.phoneOutput.items().stream().map(Output::key).toList()).isEqualTo(SIX);

        Div grid = $(Div.class).withClassName("workbench-grid").single();
        assertThat(grid.getElement().getAttribute("data-shown")).isEqualTo("all");
        assertThat(grid.getStyle().get("--workbench-columns")).isEqualTo("7");
        String layout = $(Html.class).all().stream().map(h -> h.getInnerHtml()).filter(h -> h.contains("workbench-grid")).findFirst().orElseThrow();
        assertThat(layout).contains(".workbench-grid[data-shown=\"all\"] .out-zh{grid-column:4}",
                ".workbench-grid[data-shown=\"all\"] .out-summary-ru{grid-column:7}",
                ".workbench-grid[data-shown=\"summary-vi\"] .out-cell:not(.out-summary-vi){display:none}");

        test(view.show).selectItem("Vietnamese summary");

        assertThat(grid.getElement().getAttribute("data-shown")).isEqualTo("summary-vi");
        assertThat(grid.getStyle().get("--workbench-columns")).isEqualTo("2");
        assertThat(view.phoneOutput.getValue()).isEqualTo(Output.editionSummary("vi"));
        assertThat(Words.output(Output.editionSummary("ru"))).isEqualTo("Russian summary");
    }

    @Test
    void a_column_drafted_again_keeps_every_cell_in_its_row() {
        Article article = articles.importText("Rice harvest " + System.nanoTime() + "\nRice output rose 5% this year.\nFarmers were pleased.");
        WorkbenchView view = Workbench.open(this, article);
        Div grid = $(Div.class).withClassName("workbench-grid").single();
        // each output's cell sits in a slot (the grid lays out the cell): the cells, as the page reads them
        java.util.function.Supplier<List<String>> order = () -> grid.getElement().getChildren()
                .map(e -> e.getClassList().contains(ColumnsGrid.SLOT) ? e.getChild(0) : e)
                .map(e -> e.getAttribute("class") + (e.getAttribute("data-output") == null ? "" : "")).toList();
        List<com.vaadin.flow.dom.Element> children = grid.getElement().getChildren().toList();
        List<String> before = order.get();
        drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Lúa bội thu", "Sản lượng lúa tăng 5% năm nay.", "Nông dân vui mừng."));
        view.columnReplaced(Output.VI);
        drafting.saveGenerated(article.id(), Output.translation("zh"), 1, Fixtures.draft("水稻丰收", "今年水稻产量增长5%。", "农民很高兴。"));
        view.columnReplaced(Output.translation("zh"));
        List<String> after = order.get();
        assertThat(after.stream().map(c -> c.replace(" engine-notice", "")).toList()).as("same places, new cells").isEqualTo(before.stream().map(c -> c.replace(" engine-notice", "")).toList());
        // the browser's copy of the grid's children came out of order when children were replaced: they are kept now
        assertThat(grid.getElement().getChildren().toList()).as("the grid's children are kept, their content swapped").isEqualTo(children);
        assertThat(grid.getElement().getChildren().map(e -> e.getStyle().get("order"))).as("no CSS order: the page's order is right")
                .containsOnlyNulls();
    }
}
