package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.memory.TranslationUnit;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15, working like a CAT tool: a QA filter per output (errors only, one check) with previous /
 * next error that moves the focus to the paragraph box with the finding (F8 / Shift+F8), findings as
 * the box's description, copy source and best memory match into the focused box, the output switch of
 * narrow screens, and a shortcut help dialog in the screen's language. Before, none of these existed.
 */
@IntegrationTest
class WorkbenchKeyboardTest extends SpringBrowserlessTest {

    static final String WITH_FIGURES = "Exports rose by 12 percent in 2020.";

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftService drafts;
    @Autowired TranslationMemory memory;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void f8_walks_the_paragraphs_with_qa_errors_and_alt_shift_c_copies_the_source_into_the_one_reached() {
        Article article = russianWithAnError();
        Workbench.open(this, article);
        List<Integer> withErrors = positionsWith(Output.RU, d -> "ERROR".equals(d.attr("data-severity")));
        assertThat(withErrors).contains(2);

        for (int i = 0; i < withErrors.size(); i++) {
            fireShortcut(Key.F8);
            assertThat(russianBar().status.getText()).isEmpty();
        }
        fireShortcut(Key.F8);
        assertThat(russianBar().status.getText()).isEqualTo("No further finding in this direction.");
        int last = withErrors.getLast(); // the focus stays on the last paragraph with an error
        fireShortcut(Key.KEY_C, KeyModifier.ALT, KeyModifier.SHIFT);

        String source = article.segments().get(last);
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().segments().get(last).text()).isEqualTo(source);
        assertThat(Workbench.editor(this, Output.RU, last).area.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_qa_filter_shows_only_errors_or_one_check_under_the_paragraphs_and_the_box_is_described_by_them() {
        Article article = russianWithAnError();
        Workbench.open(this, article);
        // the box's helper is its findings (aria-describedby), also while the paragraph is not worked on (then inert text)
        SegmentEditor withError = Workbench.editor(this, Output.RU, 2);
        assertThat(withError.area.getHelperComponent().getId()).hasValue("qa-findings-ru-2");
        assertThat(findingsUnder(Output.RU)).extracting(d -> d.attr("data-severity")).contains("ERROR");

        russianBar().filter.setValue(QaFilter.ERRORS);
        assertThat(findingsUnder(Output.RU)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.attr("data-severity")).isEqualTo("ERROR"));

        String check = findingsUnder(Output.RU).getFirst().attr("data-check");
        russianBar().filter.setValue(QaFilter.check(check));
        assertThat(findingsUnder(Output.RU)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.attr("data-check")).isEqualTo(check));
        List<Integer> withCheck = positionsWith(Output.RU, d -> check.equals(d.attr("data-check")));

        for (int i = 0; i < withCheck.size(); i++) {
            test(russianBar().next).click();
            assertThat(russianBar().status.getText()).isEmpty();
        }
        test(russianBar().next).click();
        assertThat(russianBar().status.getText()).isEqualTo("No further finding in this direction.");
        test(russianBar().previous).click();
        assertThat(russianBar().status.getText()).isEmpty();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void alt_shift_m_puts_the_best_memory_match_into_the_focused_box() {
        String place = "Lakeport" + System.nanoTime();
        Article article = articles.importText("Ferries " + place + "\nThe ferry to " + place + " resumed on Monday.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft("Паромы", ""));
        memory.addAll(List.of(new TranslationUnit("en", "ru", "The ferry to " + place + " resumed on Monday.",
                "Паром на " + place + " возобновил работу в понедельник.", "paragraph", "test", null)));
        Workbench.open(this, article);

        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT); // headline
        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT); // paragraph 1
        fireShortcut(Key.KEY_M, KeyModifier.ALT, KeyModifier.SHIFT);

        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().segments().get(1).text())
                .isEqualTo("Паром на " + place + " возобновил работу в понедельник.");
        assertThat(Workbench.editor(this, Output.RU, 1).area.getValue()).isEqualTo("Паром на " + place + " возобновил работу в понедельник.");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_shortcut_help_lists_every_shortcut_in_the_screens_language() {
        WorkbenchView view = Workbench.open(this, russianWithAnError());
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));

        test(view.shortcuts).click();
        ShortcutHelpDialog help = find(ShortcutHelpDialog.class).single();

        assertThat(find(DescriptionList.Term.class, help).all()).hasSize(WorkbenchShortcuts.ALL.size());
        assertThat(find(DescriptionList.Description.class, help).all()).extracting(d -> d.getElement().getTextRecursively())
                .contains("Следующая ошибка QA (или следующее замечание проверки, выбранной в фильтре QA)",
                        "Скопировать исходный абзац в поле, чтобы переводить поверх него");
        assertThat(help.getHeaderTitle()).isEqualTo("Сочетания клавиш");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void on_a_narrow_screen_the_output_switch_shows_the_chosen_output() {
        WorkbenchView view = Workbench.open(this, russianWithAnError());
        Div grid = find(Div.class).withClassName("workbench-grid").single();
        assertThat(view.phoneOutput.getValue()).isEqualTo(Output.VI);

        view.phoneOutput.setValue(Output.RU); // as the editor picks "Russian"

        assertThat(grid.getElement().getAttribute("data-shown")).isEqualTo("ru");
        assertThat(view.show.getValue()).isEqualTo("ru");
    }

    private Article russianWithAnError() {
        Article article = articles.importText("Budget " + System.nanoTime() + "\nThe weather was fine.\n" + WITH_FIGURES + "\nThe meeting was held on Monday.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                Fixtures.draft("Бюджет", "Погода была хорошей.", "Экспорт вырос в прошлом году.", "Встреча прошла в понедельник."));
        return article;
    }

    private QaFilterBar russianBar() {
        return find(QaFilterBar.class).all().stream().filter(b -> b.filter.getId().orElse("").equals("qa-filter-ru")).findFirst().orElseThrow();
    }

    /** Paragraphs of the output with a finding line that matches, as shown with the filter on "all". */
    private List<Integer> positionsWith(Output output, java.util.function.Predicate<org.jsoup.nodes.Element> line) {
        return findingLists(output).filter(f -> Workbench.findingLines(f.getValue()).stream().anyMatch(line))
                .map(f -> f.getKey().position()).sorted().toList();
    }

    private List<org.jsoup.nodes.Element> findingsUnder(Output output) {
        return findingLists(output).flatMap(f -> Workbench.findingLines(f.getValue()).stream()).toList();
    }

    /** Each paragraph of the output that shows findings, with them (its box's helper: a paragraph without any has none). */
    private java.util.stream.Stream<java.util.Map.Entry<SegmentEditor, com.vaadin.flow.component.Component>> findingLists(Output output) {
        return find(SegmentEditor.class).all().stream().filter(e -> e.output().equals(output))
                .filter(e -> e.area.getHelperComponent() != null)
                .map(e -> java.util.Map.entry(e, e.area.getHelperComponent()));
    }
}
