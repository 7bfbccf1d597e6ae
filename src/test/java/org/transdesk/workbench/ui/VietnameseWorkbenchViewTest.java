package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/** A reviewer who chose Vietnamese (or Russian; stored with the account) reads the workbench and the library in that language. */
@IntegrationTest
class VietnameseWorkbenchViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired JdbcClient jdbc;

    /** Before the screen opens: the choice is read when a screen (a Vaadin UI) is created, as at sign-in. */
    @BeforeEach
    void lanChoseVietnameseAndIvanRussian() {
        jdbc.sql("delete from app_user where username in ('lan', 'ivan')").update();
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, ui_language) values ('lan', '{noop}x', 'REVIEWER', true, ?, 'vi')")
                .param(Timestamp.from(Instant.now())).update();
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, ui_language) values ('ivan', '{noop}x', 'REVIEWER', true, ?, 'ru')")
                .param(Timestamp.from(Instant.now())).update();
    }

    @Test
    @WithMockUser(username = "lan", roles = {"EDITOR", "REVIEWER"})
    void a_user_who_chose_vietnamese_sees_the_workbench_in_vietnamese() {
        Article article = articles.importText("date 2026-03-05 Dam completed\nThe dam is finished.");
        drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Плотина достроена", "Плотина готова."));
        WorkbenchView view = Workbench.open(this, article);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(view.generate.getText()).isEqualTo("Tạo bản nháp");
        assertThat($(Button.class).id("approve-ru").getText()).isEqualTo("Duyệt");
        assertThat($(Button.class).id("request-changes-ru").getText()).isEqualTo("Yêu cầu sửa");
        assertThat(Workbench.inert(this, ".column-title")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Tiếng Việt", "Tiếng Nga", "Tóm tắt");
        assertThat(Workbench.inertText(this, ".state-badge[data-output=ru]")).isEqualTo("Chờ duyệt");
        assertThat(Workbench.inertText(this, ".state-badge[data-output=vi]")).isEqualTo("Chưa bắt đầu");
        assertThat($(H1.class).single().getText()).isEqualTo("Dam completed"); // the article's own words stay as written
        assertThat($view(Span.class).all()).extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).startsWith("5 thg 3, 2026 · 1 đoạn · nguồn en"));

        test($(Button.class).id("approve-ru")).click();
        assertThat(Workbench.header(this, Output.RU).message.message()).startsWith("Đã duyệt bản Tiếng Nga thành phiên bản 1.");
        assertThat($(Anchor.class).id("download-ru").getText()).isEqualTo("Tải bản Tiếng Nga dạng Markdown");
        assertThat(Workbench.inertText(this, "#version-ru")).isEqualTo("Đã duyệt phiên bản 1, người duyệt: lan");
    }

    @Test
    @WithMockUser(username = "lan", roles = {"EDITOR", "REVIEWER"})
    void the_library_speaks_vietnamese_too_and_dates_are_vietnamese() {
        articles.importText("date 2026-03-05 Rice harvest begins\nFarmers started early.");
        LibraryView library = navigate(LibraryView.class);
        test(library.search).setValue("Rice harvest begins");

        assertThat($(H1.class).single().getText()).isEqualTo("Thư viện");
        assertThat(library.search.getPlaceholder()).isEqualTo("Tìm theo tiêu đề");
        assertThat(test(library.grid).getCellText(0, 1)).isEqualTo("5 thg 3, 2026");
        assertThat(library.grid.getColumns().get(3).getHeaderText()).isEqualTo("Tiếng Việt");
    }

    @Test
    @WithMockUser(username = "ivan", roles = {"EDITOR", "REVIEWER"})
    void a_user_who_chose_russian_sees_the_workbench_in_russian() {
        Article article = articles.importText("date 2026-03-05 Dam completed\nThe dam is finished.");
        drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Плотина достроена", "Плотина готова."));
        WorkbenchView view = Workbench.open(this, article);

        assertThat(view.generate.getText()).isEqualTo("Создать черновики");
        assertThat($(Button.class).id("approve-ru").getText()).isEqualTo("Утвердить");
        assertThat(Workbench.inert(this, ".column-title")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Вьетнамский", "Русский", "Краткое содержание");
        assertThat(Workbench.inertText(this, ".state-badge[data-output=ru]")).isEqualTo("Ждёт проверки");
        assertThat($view(Span.class).all()).extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).startsWith("5 мар.").contains("2026").contains(" · Абзацев: 1 · исходный язык en")); // CLDR puts no-break spaces in the date
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void a_user_who_chose_nothing_and_a_browser_without_vi_or_ru_reads_english() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        navigate(LibraryView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Library");
    }
}
