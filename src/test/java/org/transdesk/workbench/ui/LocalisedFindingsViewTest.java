package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.transdesk.base.ui.NativeChoice;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
import org.transdesk.review.GeneratedDraft;
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
    @Autowired org.transdesk.review.ApprovalService approval;
    @Autowired org.transdesk.review.DraftService drafts;

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
        // each line's message, as the browser shows it (inert under a paragraph not being worked on)
        return $(Div.class).withClassName("qa-findings").all().stream().flatMap(l -> Workbench.findingLines(l).stream())
                .flatMap(line -> line.children().stream().map(org.jsoup.nodes.Element::text).map(String::strip)).toList();
    }

    @Test
    @WithMockUser(username = "lan", roles = {"EDITOR", "REVIEWER"})
    void a_vietnamese_editor_reads_a_qa_finding_and_the_check_names_in_vietnamese() {
        UI.getCurrent().setLocale(Messages.VIETNAMESE); // as the stored choice does when the screen is made
        Workbench.open(this, articleWithRussianDraft("Плотина достроена", "Плотина  стоила миллионы долларов."));

        assertThat(findingTexts()).contains("Bản dịch thiếu con số “40” có trong bản gốc.", "Hai dấu cách liền nhau: thay bằng một dấu cách.")
                .noneMatch(t -> t.contains("from the source") || t.contains("Double space"));
        @SuppressWarnings("unchecked")
        NativeChoice<?> filter = $(NativeChoice.class).id("qa-filter-ru");
        assertThat(filter.labels())
                .contains("Phép kiểm tra: Con số (1)", "Phép kiểm tra: Dấu cách kép (1)");
    }

    @Test
    @WithMockUser(username = "ivan", roles = {"EDITOR", "REVIEWER"})
    void a_russian_editor_reads_the_same_finding_in_russian() {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        Workbench.open(this, articleWithRussianDraft("Плотина достроена", "Плотина стоила миллионы долларов."));

        assertThat(findingTexts()).contains("В переводе нет числа «40» из оригинала.");
    }

    @Test
    @WithMockUser(username = "lan", roles = {"EDITOR", "REVIEWER"})
    void after_approving_a_vietnamese_reviewer_reads_what_the_memory_learned_in_vietnamese() {
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        String place = "Quynhdam" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "q");
        Article article = articles.importText("Dam at " + place + " completed\nThe dam at " + place + " is finished.\n"
                + "Engineers from " + place + " will inspect the turbines next spring.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Плотина в " + place + " достроена", "MODEL", null, null),
                new GeneratedDraft.Segment("Плотина в " + place + " готова.", "MODEL", null, null),
                new GeneratedDraft.Segment("Engineers from " + place + " will inspect the turbines next spring.", "MODEL", null, null)),
                Fixtures.offlineProvenance()));
        Workbench.open(this, article);

        test(Workbench.header(this, Output.RU).approve).click();
        ApproveDialog override = find(ApproveDialog.class).single(); // the English paragraph is a QA error
        assertThat(findingTexts()).contains("lỗi").anySatisfy(t -> assertThat(t).startsWith("Đoạn 2: ").doesNotContain("source"))
                .doesNotContain("error");
        override.reason.setValue("Đoạn 2 là lời trích dẫn, giữ nguyên tiếng Anh.");
        test(override.approve).click();

        String message = awaitMessage("Bộ nhớ dịch");
        assertThat(message).contains("Bộ nhớ dịch đã học 2 đoạn và ").contains("; bỏ qua 1 đoạn (")
                .contains(": đoạn 2 (").doesNotContain("Memory learned").doesNotContain("paragraph");
    }

    @Test
    @WithMockUser(username = "ivan", roles = {"EDITOR", "REVIEWER"})
    void a_russian_reviewer_reads_a_refusal_of_the_approval_in_russian() {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        Article article = articleWithRussianDraft("Плотина достроена", "Плотина стоила 40 миллионов долларов.");
        Workbench.open(this, article);
        approval.approve(drafts.find(article.id(), Output.RU).orElseThrow().id(), null); // meanwhile, in another tab

        test(Workbench.header(this, Output.RU).approve).click(); // nothing changed since: the service refuses

        assertThat(Workbench.header(this, Output.RU).message.message()).isEqualTo("Уже утверждено как версия 1; с тех пор ничего не изменилось.");
    }

    /** Runs the UI updates workers queued until the Russian column head's message says {@code words}. */
    private String awaitMessage(String words) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String message;
        while (!(message = Workbench.header(this, Output.RU).message.message()).contains(words)) {
            assertThat(System.nanoTime()).as("the learning report reached the column head in time: " + message).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            MockVaadin.clientRoundtrip();
        }
        return message;
    }
}
