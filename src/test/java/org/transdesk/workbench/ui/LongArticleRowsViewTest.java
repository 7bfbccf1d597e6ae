package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.RegenerateMode;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15, long articles: a 200-paragraph article opens with its first {@link ColumnsGrid#BATCH} rows built, the rest
 * has no components until the browser asks for them (scrolling near the end of the built rows) or something moves the
 * focus there (Alt+↓, confirm-and-next, F8, the QA filter's next). Before, every row was built on open.
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class LongArticleRowsViewTest extends SpringBrowserlessTest {

    static final int PARAGRAPHS = 200;
    /** The first paragraph whose Russian drops the source's figures: QA's first error. */
    static final int WITH_ERROR = 150;
    /** Another paragraph that loses its figures, after it. */
    static final int LATER_ERROR = 180;

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftService drafts;

    @Test
    void a_long_article_opens_with_one_batch_and_each_request_of_the_browser_builds_the_next_in_reading_order() {
        Article article = longArticle();
        Workbench.open(this, article);

        assertThat(sourceCells()).hasSize(ColumnsGrid.BATCH);
        assertThat(positions(Output.RU)).isEqualTo(range(0, ColumnsGrid.BATCH));
        assertThat(more().getElement().getTextRecursively()).isEqualTo("Loading more paragraphs… 40 of 200 shown");
        assertThat(summaryRows()).as("each summary cell spans the built rows").allMatch(r -> r.equals("2 / span 40"));

        askForMore();
        assertThat(positions(Output.RU)).isEqualTo(range(0, 2 * ColumnsGrid.BATCH));
        assertThat(summaryRows()).allMatch(r -> r.equals("2 / span 80"));
        assertReadingOrder(article, 2 * ColumnsGrid.BATCH);

        // a client firing the event over and over gets the article's rows, and no more
        for (int i = 0; i < 10 && find(Div.class).withClassName(LazyRows.MORE).exists(); i++) {
            askForMore();
        }
        assertThat(positions(Output.RU)).isEqualTo(range(0, PARAGRAPHS));
        assertThat(find(Div.class).withClassName(LazyRows.MORE).exists()).as("the row that builds more is gone").isFalse();
        assertThat(summaryRows()).allMatch(r -> r.equals("2 / span " + PARAGRAPHS));
        assertReadingOrder(article, PARAGRAPHS);
        assertThat(Workbench.editor(this, Output.RU, PARAGRAPHS - 1).area.getValue()).isEqualTo(russian(PARAGRAPHS - 1));
    }

    @Test
    void f8_to_an_error_in_a_row_not_built_builds_up_to_it_and_focuses_it() {
        Workbench.open(this, longArticle());
        assertThat(grid().builtRows()).isEqualTo(ColumnsGrid.BATCH);

        fireShortcut(Key.F8);

        assertThat(focused()).isEqualTo(WITH_ERROR);
        assertThat(grid().builtRows()).as("built up to the error, not the whole article").isBetween(WITH_ERROR + 1, PARAGRAPHS - 1);
        fireShortcut(Key.F8, KeyModifier.SHIFT);
        assertThat(russianBar().status.getText()).isEqualTo("No further finding in this direction.");
    }

    @Test
    void the_qa_filters_next_button_reaches_an_error_in_a_row_not_built() {
        Workbench.open(this, longArticle());
        russianBar().filter.setValue(QaFilter.ERRORS);

        test(russianBar().next).click();

        assertThat(focused()).isEqualTo(WITH_ERROR);
        assertThat(russianBar().status.getText()).isEmpty();
        // a row built after the filter was chosen shows its findings as the filter says
        String check = find(Div.class, Workbench.editor(this, Output.RU, WITH_ERROR)).withClassName("qa-finding").all().getFirst()
                .getElement().getAttribute("data-check");
        russianBar().filter.setValue(QaFilter.check(check));
        assertThat(grid().builtRows()).isLessThanOrEqualTo(LATER_ERROR);
        askForMore();
        // (inert text there: that paragraph is not the one being worked on)
        assertThat(Workbench.findingLines(Workbench.editor(this, Output.RU, LATER_ERROR).area.getHelperComponent()))
                .isNotEmpty().allMatch(d -> check.equals(d.attr("data-check")));
    }

    @Test
    void alt_down_and_confirm_and_next_at_the_last_built_row_build_the_next_batch() {
        Article article = longArticle();
        Workbench.open(this, article);
        int last = ColumnsGrid.BATCH - 1;
        Workbench.focus(Workbench.editor(this, Output.RU, last));

        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);

        assertThat(focused()).isEqualTo(last + 1);
        assertThat(grid().builtRows()).isEqualTo(2 * ColumnsGrid.BATCH);

        Workbench.focus(Workbench.editor(this, Output.RU, 2 * ColumnsGrid.BATCH - 1));
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().segments().get(2 * ColumnsGrid.BATCH - 1).status())
                .isEqualTo(ParagraphStatus.CONFIRMED);
        assertThat(focused()).isEqualTo(2 * ColumnsGrid.BATCH);
        assertThat(grid().builtRows()).isEqualTo(3 * ColumnsGrid.BATCH);
        fireShortcut(Key.ARROW_UP, KeyModifier.ALT);
        assertThat(focused()).isEqualTo(2 * ColumnsGrid.BATCH - 1);
    }

    @Test
    void a_column_drafted_again_while_rows_are_not_built_shows_the_new_draft_in_the_rows_built_later() {
        Article article = longArticle();
        WorkbenchView view = Workbench.open(this, article);
        List<String> again = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            again.add("Снова " + russian(i));
        }
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft(again.toArray(String[]::new)),
                RegenerateMode.REPLACE_ALL);

        view.show.setValue(Output.RU.key()); // the switch reads what others changed: the Russian column is built again
        assertThat(positions(Output.RU)).isEqualTo(range(0, ColumnsGrid.BATCH));
        assertThat(Workbench.editor(this, Output.RU, 1).area.getValue()).isEqualTo(again.get(1));

        askForMore();
        assertThat(Workbench.editor(this, Output.RU, ColumnsGrid.BATCH).area.getValue()).isEqualTo(again.get(ColumnsGrid.BATCH));
        assertThat(positions(Output.RU)).isEqualTo(range(0, 2 * ColumnsGrid.BATCH));
    }

    @Test
    void an_article_of_one_batch_is_built_whole_as_before() {
        Article article = article(ColumnsGrid.BATCH);
        Workbench.open(this, article);

        assertThat(positions(Output.RU)).isEqualTo(range(0, ColumnsGrid.BATCH));
        assertThat(find(Div.class).withClassName(LazyRows.ROWS).exists()).isFalse();
        assertThat(find(Div.class).withClassName(LazyRows.MORE).exists()).isFalse();
        // the rows are the grid's own children, as they always were
        assertThat(sourceCells()).allMatch(cell -> cell.getParent().orElseThrow() == grid());
        assertThat(summaryRows()).allMatch(r -> r.equals("2 / span " + ColumnsGrid.BATCH));
    }

    private Article longArticle() {
        return article(PARAGRAPHS);
    }

    /** A headline and paragraphs with a Russian draft; paragraphs {@link #WITH_ERROR} and {@link #LATER_ERROR} (if there) lose their figures in Russian. */
    private Article article(int paragraphs) {
        List<String> english = new ArrayList<>();
        List<String> russian = new ArrayList<>();
        long stamp = System.nanoTime();
        for (int i = 0; i < paragraphs; i++) {
            english.add(i == 0 ? "Harbour report " + stamp : i == WITH_ERROR || i == LATER_ERROR
                    ? "Paragraph " + i + ". Exports rose by 12 percent in 2020." : "Paragraph " + i + ". The weather was fine.");
            russian.add(i == 0 ? russian(i) + " " + stamp : i == WITH_ERROR || i == LATER_ERROR ? "Абзац " + i + ". Экспорт вырос в прошлом году." : russian(i));
        }
        Article article = articles.importText(String.join("\n", english));
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft(russian.toArray(String[]::new)));
        return article;
    }

    private static String russian(int i) {
        return i == 0 ? "Отчёт о гавани" : "Абзац " + i + ". Погода была хорошей.";
    }

    private ColumnsGrid grid() {
        return find(ColumnsGrid.class).single();
    }

    private Div more() {
        return find(Div.class).withClassName(LazyRows.MORE).single();
    }

    /** The browser's IntersectionObserver saw the row that builds more near the window. */
    private void askForMore() {
        Element more = more().getElement();
        more.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(more, LazyRows.MORE_EVENT, JacksonUtils.createObjectNode()));
    }

    private List<Div> sourceCells() {
        return find(Div.class).withClassName("source-cell").all();
    }

    private List<Integer> positions(Output output) {
        return find(SegmentEditor.class).all().stream().filter(e -> e.output().equals(output)).map(SegmentEditor::position).sorted().toList();
    }

    private List<String> summaryRows() {
        List<String> rows = find(Div.class).withClassName("summary-cell").all().stream().map(c -> c.getStyle().get("grid-row")).toList();
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private int focused() {
        return find(WorkbenchView.class).single().review().focused().orElseThrow().position();
    }

    private QaFilterBar russianBar() {
        return find(QaFilterBar.class).all().stream().filter(b -> b.filter.getId().orElse("").equals("qa-filter-ru")).findFirst().orElseThrow();
    }

    /** Source paragraph i, then its Russian cell, row after row, in the page's order. */
    private void assertReadingOrder(Article article, int rows) {
        List<String> order = new ArrayList<>();
        collect(grid(), order);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            expected.add("source " + article.segments().get(i));
            expected.add("ru " + i);
        }
        assertThat(order.stream().filter(s -> s.startsWith("source ") || s.startsWith("ru ")).toList()).isEqualTo(expected);
    }

    private static void collect(Component c, List<String> order) {
        if (c instanceof SegmentEditor e) {
            order.add(e.output().key() + " " + e.position());
            return;
        }
        if (c.getElement().getClassList().contains("source-cell")) {
            order.add("source " + c.getElement().getText());
            return;
        }
        c.getChildren().forEach(child -> collect(child, order));
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }
}
