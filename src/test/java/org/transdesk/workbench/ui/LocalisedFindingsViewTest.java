package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.Messages;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * A Vietnamese or Russian editor reads QA findings, the QA filter's check names, refusals of the services and the
 * memory's learning line in their language, not in English; the numbers and words a finding quotes stay as written.
 */
@IntegrationTest
class LocalisedFindingsViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void lanChoseVietnameseAndIvanRussian() {
        jdbc.sql("delete from app_user where username in ('lan', 'ivan')").update();
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, ui_language) values ('lan', '{noop}x', 'REVIEWER', true, ?, 'vi')")
                .param(Timestamp.from(Instant.now())).update();
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at, ui_language) values ('ivan', '{noop}x', 'REVIEWER', true, ?, 'ru')")
                .param(Timestamp.from(Instant.now())).update();
    }

    private Article articleWithRussianDraft(String... paragraphs) {
        Article article = articles.importText("date 2026-03-05 Dam completed at " + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "x") + "\nThe dam cost 40 million dollars.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft(paragraphs));
        return article;
    }

    private List<String> findingTexts() {
        return $(Span.class).all().stream().filter(s -> s.getParent().map(p -> p.hasClassName("qa-finding")).orElse(false))
                .map(Span::getText).map(String::strip).toList();
    }

    @Test
    @WithMockUser(username = "lan", roles = {"EDITOR", "REVIEWER"})
    void a_vietnamese_editor_reads_a_qa_finding_and_the_check_names_in_vietnamese() {
        UI.getCurrent().setLocale(Messages.VIETNAMESE); // as the stored choice does when the screen is made
        Workbench.open(this, articleWithRussianDraft("Плотина достроена", "Плотина  стоила миллионы долларов."));

        assertThat(findingTexts()).contains("Bản dịch thiếu con số “40” có trong bản gốc.", "Hai dấu cách liền nhau: thay bằng một dấu cách.")
                .noneMatch(t -> t.contains("from the source") || t.contains("Double space"));
        @SuppressWarnings("unchecked")
        Select<QaFilter> filter = $(Select.class).id("qa-filter-ru");
        assertThat(filter.getListDataView().getItems().map(filter.getItemLabelGenerator()).toList())
                .contains("Phép kiểm tra: Con số (1)", "Phép kiểm tra: Dấu cách kép (1)");
    }

    @Test
    @WithMockUser(username = "ivan", roles = {"EDITOR", "REVIEWER"})
    void a_russian_editor_reads_the_same_finding_in_russian() {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        Workbench.open(this, articleWithRussianDraft("Плотина достроена", "Плотина стоила миллионы долларов."));

        assertThat(findingTexts()).contains("В переводе нет числа «40» из оригинала.");
    }
}
