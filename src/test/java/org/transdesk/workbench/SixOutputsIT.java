package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.Browser;

/**
 * Issue #16 in a real browser: a newsroom configures six outputs — translations into Vietnamese, Russian
 * and Chinese, summaries in the article's language, Vietnamese and Russian. A reviewer uploads the sample,
 * drafts everything offline, approves the Vietnamese translation and drafts again: the Vietnamese summary is
 * then extracted from it, the Russian one says why the offline engine cannot write it. All six columns sit
 * beside the source on a wide screen, each paragraph's row aligned across them (after drafting, the cells had come
 * apart: source paragraphs bunched at the top, translations below). Screenshot: target/screenshots/workbench-six-outputs.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:six-outputs;DB_CLOSE_DELAY=-1",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SixOutputsIT {

    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");
    static final List<String> OUTPUTS = List.of("vi", "ru", "zh", "summary", "summary-vi", "summary-ru");

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void six_configured_outputs_are_drafted_reviewed_and_shown_side_by_side() {
        Page page = browser.newPage();
        page.setViewportSize(1920, 1080);
        browser.signIn(page, "reviewer", "demo");
        page.navigate(browser.url("/import"));
        page.locator("#article-upload input[type=file]").setInputFiles(SAMPLE);
        page.locator("vaadin-button:has-text('Import as a new article')").click();
        page.waitForURL(u -> u.matches(".*/articles/\\d+$"));
        for (String output : OUTPUTS) {
            assertThat(page.locator(".column-header[data-output='" + output + "']").count()).as(output).isOne();
        }

        page.locator("#generate-all").click();
        for (String output : List.of("vi", "ru", "summary")) {
            page.locator(".column-header[data-output='" + output + "'] .state-badge[data-state='NEEDS_REVIEW']").waitFor();
        }
        page.locator("#message-summary-ru:has-text('cannot')").waitFor();
        assertThat(page.locator("#message-summary-vi").textContent()).as("no approved Vietnamese translation yet").contains("cannot");
        assertThat(page.locator("#engine-summary-ru").textContent()).as("an edition summary's engine is the summariser")
                .contains("extractive summary").doesNotContain("translation memory");

        page.locator("#approve-vi").click();
        Locator override = page.locator("#override-reason");
        page.locator("#version-vi:has-text('v1'), #override-reason").first().waitFor();
        if (override.isVisible()) {
            override.locator("textarea, input").first().fill("Checked by the desk: the findings are names the sample spells its own way.");
            page.locator("#approve-override").click();
        }
        page.locator("#version-vi:has-text('v1')").waitFor();

        page.locator("#generate-all").click();
        Locator regenerate = page.locator("#regenerate-start");
        page.locator(".column-header[data-output='summary-vi'] .state-badge[data-state='NEEDS_REVIEW'], #regenerate-start").first().waitFor();
        if (regenerate.isVisible()) {
            regenerate.click(); // "only the rest", the default: nobody's work is replaced
        }
        page.locator(".column-header[data-output='summary-vi'] .state-badge[data-state='NEEDS_REVIEW']").waitFor();
        String vietnameseSummary = page.locator("vaadin-text-area[data-output='summary-vi'] textarea").first().inputValue();
        assertThat(vietnameseSummary).as("extracted from the approved Vietnamese translation").isNotBlank().contains("ASEAN");
        page.locator("#message-summary-ru:has-text('cannot')").waitFor();
        // the run drafts the translations again too: measure once it has ended and every column is in place (the
        // translations' checks now compare each with the others, so the last column can land after the summaries)
        page.waitForFunction("() => document.querySelector('#cancel-generation').classList.contains('idle')");

        // the page's order is the reading order (a screen reader's): heads, then each paragraph's row, then the summaries
        List<?> order = (List<?>) page.evaluate("""
                () => [...document.querySelectorAll('.workbench-grid .source-cell, .workbench-grid .out-cell')].map(c => {
                  if (c.classList.contains('source-cell')) { return 'source'; }
                  const box = c.querySelector(':scope > vaadin-text-area[data-position]');
                  return (c.classList.contains('column-header') ? 'head ' : '') + c.dataset.output + (box ? ' ' + box.dataset.position : '');
                })""");
        List<String> readingOrder = new java.util.ArrayList<>(OUTPUTS.stream().map(o -> "head " + o).toList());
        int paragraphs = (int) order.stream().filter("source"::equals).count();
        for (int row = 0; row < paragraphs; row++) {
            readingOrder.add("source");
            for (String translation : List.of("vi", "ru", "zh")) {
                readingOrder.add(translation + " " + row);
            }
        }
        readingOrder.addAll(List.of("summary", "summary-vi", "summary-ru"));
        assertThat(paragraphs).isEqualTo(12);
        assertThat(order).hasSameSizeAs(readingOrder);
        // a cell without a text box (a paragraph a model left out) says its output only
        List<String> read = order.stream().map(String::valueOf).toList();
        List<String> expected = java.util.stream.IntStream.range(0, read.size())
                .mapToObj(i -> readingOrder.get(i).startsWith(read.get(i) + " ") && !read.get(i).startsWith("head") ? read.get(i) : readingOrder.get(i))
                .toList();
        assertThat(read).as("after drafting again, the cells are in the page row by row").isEqualTo(expected);

        Map<?, ?> layout = (Map<?, ?>) page.evaluate("""
                () => ({pageWidth: document.documentElement.scrollWidth, window: window.innerWidth,
                        narrowest: Math.min(...[...document.querySelectorAll('.workbench-grid .column-header')]
                            .filter(h => h.checkVisibility()).map(h => h.getBoundingClientRect().width)),
                        heads: document.querySelectorAll('.workbench-grid .column-header').length})""");
        System.out.println("six outputs at 1920x1080: " + layout);
        Map<?, ?> rows = (Map<?, ?>) page.evaluate("""
                () => {
                  const top = e => Math.round(e.getBoundingClientRect().top);
                  const heads = [...document.querySelectorAll('.workbench-grid .column-header')].map(top);
                  const firstRow = ['vi', 'ru', 'zh'].map(k => top(document.querySelector(".workbench-grid .out-" + k + "[data-output='" + k + "']:not(.column-header)")));
                  const last = document.querySelectorAll('.workbench-grid .source-cell').length - 1;
                  const lastRow = ['vi', 'ru', 'zh'].map(k => top([...document.querySelectorAll(".workbench-grid .out-" + k + ":not(.column-header)")][last]));
                  return {heads: heads, source: top(document.querySelector('.workbench-grid .source-cell.headline')), firstRow: firstRow,
                          lastSource: top(document.querySelectorAll('.workbench-grid .source-cell')[last]), lastRow: lastRow,
                          summaries: ['summary', 'summary-vi', 'summary-ru'].map(k => top(document.querySelector('.workbench-grid .summary-cell.out-' + k)))};
                }""");
        System.out.println("rows: " + rows);
        assertThat((List<?>) rows.get("heads")).as("seven heads").hasSize(7);
        assertThat(distinct(rows.get("heads"))).as("the seven heads are one row").hasSize(1);
        assertThat(distinct(rows.get("firstRow"))).as("each headline translation beside the source headline").containsExactly(rows.get("source"));
        assertThat(distinct(rows.get("lastRow"))).as("each last paragraph beside the source's").containsExactly(rows.get("lastSource"));
        assertThat(distinct(rows.get("summaries"))).as("each summary starts with the first paragraph").containsExactly(rows.get("source"));
        Browser.screenshot(page, "workbench-six-outputs");
        assertThat(((Number) layout.get("pageWidth")).doubleValue()).as("nothing runs past the window")
                .isLessThanOrEqualTo(((Number) layout.get("window")).doubleValue() + 1);
        assertThat(((Number) layout.get("narrowest")).doubleValue()).as("each of the six columns has room").isGreaterThan(150);
    }

    private static java.util.Set<Object> distinct(Object list) {
        return new java.util.LinkedHashSet<>((List<?>) list);
    }
}
