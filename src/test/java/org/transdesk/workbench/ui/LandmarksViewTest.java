package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.article.ui.ImportView;
import org.transdesk.memory.ui.GlossaryView;
import org.transdesk.review.DraftingService;
import org.transdesk.security.ui.AccountView;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * The page structure axe-core checks (landmark-one-main, region, page-has-heading-one), the names of
 * fields and download links, the {@code lang} of text boxes, and the language switch in the header.
 */
@IntegrationTest
class LandmarksViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired JdbcClient jdbc;

    private void assertOneMainAndOneHeading(Component view) {
        assertThat($(Main.class).all()).as("one main landmark").hasSize(1);
        assertThat(view.getParent()).as("the view sits in main").contains($(Main.class).single());
        assertThat($(Header.class).all()).as("the banner").hasSize(1);
        assertThat($(Nav.class).single().getElement().getAttribute("aria-label")).isEqualTo("Main menu");
        assertThat($(H1.class).all()).as("one h1").hasSize(1);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void library_import_and_account_each_have_one_main_landmark_and_one_h1() {
        LibraryView library = navigate(LibraryView.class);
        assertOneMainAndOneHeading(library);
        assertThat(library.search.getElement().getProperty("accessibleName")).isEqualTo("Search titles");

        assertOneMainAndOneHeading(navigate(ImportView.class));
        assertOneMainAndOneHeading(navigate(AccountView.class));
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void the_workbench_has_one_h1_boxes_carry_the_language_of_their_text_and_downloads_are_named_in_words() {
        Article article = articles.importText("Dam completed\nThe dam is finished.");
        drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Плотина достроена", "Плотина готова."));
        drafting.saveGenerated(article.id(), Output.SUMMARY, 1, Fixtures.draft("The dam is done."));
        WorkbenchView view = Workbench.open(this, article);
        assertOneMainAndOneHeading(view);

        assertThat($(ParagraphBox.class).withAttribute("data-output", "ru").withAttribute("data-position", "1").single()
                .getElement().getAttribute("lang")).isEqualTo("ru");
        assertThat($(ParagraphBox.class).withAttribute("data-output", "summary").first().getElement().getAttribute("lang"))
                .as("a summary is in the source language").isEqualTo("en");

        test($(Button.class).id("approve-ru")).click();
        assertThat($(Anchor.class).id("download-ru").getText()).isEqualTo("Download Russian as Markdown");
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void the_glossary_boxes_carry_the_language_they_hold() {
        GlossaryView glossary = navigate(GlossaryView.class);
        assertOneMainAndOneHeading(glossary);

        assertThat($(TextField.class).withCaption("Term (en)").single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat($(TextField.class).withCaption("Vietnamese").single().getElement().getAttribute("lang")).isEqualTo("vi");
        assertThat($(TextField.class).withCaption("Russian").single().getElement().getAttribute("lang")).isEqualTo("ru");
        assertThat($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Find a term or rendering").single()
                .getElement().getProperty("accessibleName")).isEqualTo("Find a term or rendering");
    }

    @Test
    @WithMockUser(username = "olga", roles = "EDITOR")
    void switching_the_language_in_the_header_stores_it_with_the_account() {
        jdbc.sql("delete from app_user where username = 'olga'").update();
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at) values ('olga', '{noop}x', 'EDITOR', true, ?)")
                .param(Timestamp.from(Instant.now())).update();
        navigate(LibraryView.class);

        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).id("ui-language");
        assertThat(language.getValue()).isEqualTo(Locale.ENGLISH);
        test(language).selectItem("Русский");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ru");
        assertThat(jdbc.sql("select ui_language from app_user where username = 'olga'").query(String.class).single()).isEqualTo("ru");
        navigate(LibraryView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Библиотека");
    }
}
