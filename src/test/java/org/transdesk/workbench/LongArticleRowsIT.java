package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.security.Roles;
import org.transdesk.support.Browser;
import org.transdesk.support.Fixtures;

/**
 * Issue #15, a 200-paragraph article in headless Chromium: it opens with its first rows built, scrolling to the end
 * loads the rest in reading order (source paragraph i beside its translations i), a paragraph of the last batch is
 * edited and saved, and F8 reaches QA errors in rows not built yet. The time until the first paragraph can be edited is
 * printed (not asserted: the machines are shared). Screenshots: target/screenshots/long-article-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:long-article-rows;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongArticleRowsIT {

    static final int PARAGRAPHS = 200;
    /** ColumnsGrid's rows-per-batch property: a value above the article's length builds every row on open, as before. */
    static final String BATCH_PROPERTY = "transdesk.workbench.rows-batch";
    /** Paragraphs whose Russian drops the source's figures: QA errors, both past the first batch. */
    static final List<Integer> WITH_ERRORS = List.of(150, 190);

    @LocalServerPort
    int port;
    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired DraftService drafts;
    Browser browser;
    Article article;

    @BeforeAll
    void start() {
        browser = new Browser("http://localhost:" + port);
        article = longArticle();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Article longArticle() {
        long stamp = System.nanoTime();
        List<String> english = new ArrayList<>();
        List<String> russian = new ArrayList<>();
        List<String> vietnamese = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            boolean error = WITH_ERRORS.contains(i);
            english.add(i == 0 ? "Harbour report " + stamp
                    : "Paragraph " + i + ". The harbour authority said the new pier would open to ferries next spring"
                    + (error ? ", after exports rose by 12 percent in 2020." : ", after engineers finished their tests."));
            russian.add(i == 0 ? "Отчёт о гавани " + stamp : "Абзац " + i + ". Управление порта сообщило, что новый причал откроют"
                    + (error ? " для паромов весной, после роста экспорта." : " для паромов следующей весной, после испытаний."));
            vietnamese.add(i == 0 ? "Báo cáo cảng " + stamp : "Đoạn " + i + ". Ban quản lý cảng cho biết bến tàu mới sẽ đón phà vào mùa xuân tới"
                    + (error ? ", sau khi xuất khẩu tăng 12 phần trăm năm 2020." : ", sau khi các kỹ sư thử nghiệm xong."));
        }
        Article made = as("editor", Roles.EDITOR, () -> articles.importText(String.join("\n", english)));
        as("editor", Roles.EDITOR, () -> {
            drafting.saveGenerated(made.id(), Output.RU, made.sourceRevision(), Fixtures.draft(russian.toArray(String[]::new)));
            drafting.saveGenerated(made.id(), Output.VI, made.sourceRevision(), Fixtures.draft(vietnamese.toArray(String[]::new)));
        });
        return made;
    }

    private static String area(Output output, int position) {
        return "vaadin-text-area[data-output='" + output.key() + "'][data-position='" + position + "']";
    }

    /** Opens the article; returns the milliseconds from navigation until the first paragraph's box is visible and editable. */
    private long open(Page page) {
        long start = System.nanoTime();
        page.navigate(browser.url("/articles/" + article.id()));
        page.locator(area(Output.VI, 0) + ":not([readonly]) textarea").waitFor(); // the first output: shown on a phone too
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int built(Page page) {
        return ((Number) page.evaluate("() => document.querySelectorAll('.workbench-grid .source-cell').length")).intValue();
    }

    /** Scrolls to the end of the page as it is now, as often as new rows arrive, until every row is built. */
    private static void scrollToTheEnd(Page page) {
        for (int i = 0; i < 40 && built(page) < PARAGRAPHS; i++) {
            page.evaluate("() => { const m = document.querySelector('.workbench-more-rows'); if (m) { m.scrollIntoView({block: 'end'}); } }");
            page.waitForTimeout(250);
        }
        page.waitForFunction("n => document.querySelectorAll('.workbench-grid .source-cell').length === n"
                + " && !document.querySelector('.workbench-more-rows')", PARAGRAPHS);
    }

    /**
     * The page's paragraph cells in document order, as "s i" (source) and "ru i" / "vi i" (boxes), and the rows whose
     * source and translations do not start at the same height (beside each other), or, on a phone, are not stacked.
     */
    static final String ROWS = """
            stacked => {
              const order = [];
              const sources = [...document.querySelectorAll('.workbench-grid .source-cell')];
              document.querySelectorAll('.workbench-grid .source-cell, .workbench-grid vaadin-text-area').forEach(e =>
                order.push(e.classList.contains('source-cell') ? 's ' + sources.indexOf(e) : e.dataset.output + ' ' + e.dataset.position));
              const apart = [];
              sources.forEach((s, i) => {
                const top = s.getBoundingClientRect().top;
                for (const a of document.querySelectorAll(`vaadin-text-area[data-position='${i}']`)) {
                  if (!a.checkVisibility()) continue;
                  const t = a.getBoundingClientRect().top;
                  if (stacked ? t <= top : Math.abs(t - top) > 12) apart.push(i + ' ' + a.dataset.output);
                }
              });
              return {order, apart};
            }""";

    private static List<String> expectedOrder() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            order.add("s " + i);
            order.add("vi " + i);
            order.add("ru " + i);
        }
        return order;
    }

    @Test
    void a_200_paragraph_article_opens_with_its_first_rows_and_loads_the_rest_in_reading_order_while_scrolling() {
        Page page = browser.newPage();
        page.setViewportSize(1280, 900);
        browser.signIn(page, "editor", "demo");
        // old and new on the same machine, alternately: every row built on open (a batch bigger than the article, as
        // before) against the first batch; the first two opens warm up
        List<Long> everyRow = new ArrayList<>();
        List<Long> firstBatch = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            System.setProperty(BATCH_PROPERTY, String.valueOf(Integer.MAX_VALUE));
            try {
                everyRow.add(open(page));
                assertThat(built(page)).isEqualTo(PARAGRAPHS);
            } finally {
                System.clearProperty(BATCH_PROPERTY);
            }
            firstBatch.add(open(page));
        }
        System.out.println("long-article-rows: first paragraph editable (ms, 2 warm-up rounds first): every row built on open "
                + everyRow + "; first batch only " + firstBatch);
        long firstEditable = firstBatch.getLast();
        int builtOnOpen = built(page);
        double heightOnOpen = ((Number) page.evaluate("() => document.querySelector('.workbench-grid').getBoundingClientRect().height")).doubleValue();
        System.out.println("long-article-rows: first paragraph visible and editable after " + firstEditable + " ms; rows built on open "
                + builtOnOpen + " of " + PARAGRAPHS + "; grid height on open " + heightOnOpen + " px");
        assertThat(builtOnOpen).isLessThan(PARAGRAPHS);
        assertThat(((Number) page.evaluate("() => document.querySelector('.workbench-more-rows').getBoundingClientRect().top"
                + " - window.innerHeight")).doubleValue()).as("the 'loading more' row starts below the window").isPositive();

        page.evaluate("() => document.querySelector('.workbench-more-rows').scrollIntoView({block: 'center'})");
        page.waitForFunction("n => document.querySelectorAll('.workbench-grid .source-cell').length > n", builtOnOpen);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "long-article-loading.png")));
        scrollToTheEnd(page);
        double heightAll = ((Number) page.evaluate("() => document.querySelector('.workbench-grid').getBoundingClientRect().height")).doubleValue();
        System.out.println("long-article-rows: grid height with every row " + heightAll + " px (reserved on open: " + heightOnOpen + " px)");
        Map<?, ?> rows = (Map<?, ?>) page.evaluate(ROWS, false);
        assertThat(rows.get("order")).isEqualTo(expectedOrder());
        assertThat((List<?>) rows.get("apart")).as("rows whose translations are not beside their source").isEmpty();

        // a paragraph of the last batch is edited and saved
        int last = PARAGRAPHS - 3;
        Locator box = page.locator(area(Output.RU, last) + " textarea");
        box.fill("Абзац " + last + ". Исправлено в конце длинной статьи.");
        box.press("Tab");
        page.waitForCondition(() -> as("editor", Roles.EDITOR, () -> drafts.find(article.id(), Output.RU).orElseThrow().texts().get(last))
                .equals("Абзац " + last + ". Исправлено в конце длинной статьи."));
        page.locator(".segment-cell:has(" + area(Output.RU, last) + ") .save-status:text-matches('saved · rev')").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "long-article-end.png")));
        page.close();
    }

    @Test
    void f8_reaches_qa_errors_in_rows_not_built_yet() {
        Page page = browser.newPage();
        page.setViewportSize(1280, 900);
        browser.signIn(page, "editor", "demo");
        open(page);
        assertThat(built(page)).isLessThan(WITH_ERRORS.getFirst());
        page.locator(area(Output.RU, 0) + " textarea").focus();
        for (int error : WITH_ERRORS) {
            page.keyboard().press("F8");
            page.waitForFunction("p => document.activeElement && document.activeElement.closest('vaadin-text-area')"
                    + " && document.activeElement.closest('vaadin-text-area').dataset.position === String(p)", error);
            assertThat(page.locator(area(Output.RU, error)).isVisible()).isTrue();
        }
        assertThat(built(page)).isGreaterThan(WITH_ERRORS.getLast());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "long-article-f8.png")));
        page.close();
    }

    @Test
    void on_a_phone_the_rows_load_stacked_source_then_its_translation() {
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        browser.signIn(page, "editor", "demo");
        long firstEditable = open(page);
        System.out.println("long-article-rows (phone): first paragraph editable after " + firstEditable + " ms");
        scrollToTheEnd(page);
        Map<?, ?> rows = (Map<?, ?>) page.evaluate(ROWS, true);
        assertThat(rows.get("order")).isEqualTo(expectedOrder());
        assertThat((List<?>) rows.get("apart")).as("rows whose translation is not below its source").isEmpty();
        assertThat(page.locator(area(Output.VI, PARAGRAPHS - 1)).isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "long-article-phone.png")));
        page.close();
    }
}
