package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.Messages;

/**
 * Issue #15: with six outputs configured (translations vi, ru, zh; summaries in the source language, vi and ru) the
 * Chinese column is named as a Vietnamese or Russian desk editor says it, not as CLDR's label ("Tiếng Trung (Giản thể)",
 * "Китайский (упрощенная)") nor in English; the toolbar's switch reads the same.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:six-outputs;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
@WithMockUser(username = "ana", roles = "EDITOR")
class SixOutputsLanguageNamesViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    void the_chinese_column_of_the_library_is_named_in_vietnamese_on_a_vietnamese_screen() {
        LibraryView view = libraryIn(Messages.VIETNAMESE);

        assertThat(view.grid.getColumnByKey("output-zh").getHeaderText()).isEqualTo("Tiếng Trung (giản thể)");
        assertThat(view.grid.getColumnByKey("output-summary-vi").getHeaderText()).isEqualTo("Tóm tắt (tiếng Việt)");
        assertThat(test(view.stateFilter.output).getSuggestions()).contains("Tiếng Trung (giản thể)").noneMatch(s -> s.contains("Chinese"));
    }

    /** The library made anew on a screen in {@code locale} (the one shown when the test's screen opened was made in English). */
    private LibraryView libraryIn(java.util.Locale locale) {
        UI.getCurrent().setLocale(locale);
        Workbench.open(this, articles.importText("Harbour " + System.nanoTime() + "\nThe harbour reopened."));
        return navigate(LibraryView.class);
    }

    @Test
    void the_chinese_column_head_of_the_workbench_reads_in_vietnamese() {
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        Article article = articles.importText("Rice harvest " + System.nanoTime() + "\nRice output rose 5% this year.");
        Workbench.open(this, article);

        assertThat(Workbench.inert(this, ".column-title")).extracting(org.jsoup.nodes.Element::text).contains("Tiếng Trung (giản thể)");
    }

    @Test
    void the_chinese_column_is_named_in_russian_on_a_russian_screen() {
        LibraryView view = libraryIn(Messages.RUSSIAN);

        assertThat(view.grid.getColumnByKey("output-zh").getHeaderText()).isEqualTo("Китайский (упрощённое письмо)");
        assertThat(Words.output(Output.translation("zh"))).isEqualTo("Китайский (упрощённое письмо)");
        assertThat(Words.output(Output.translation("fr"))).isEqualTo("Французский");
    }
}
