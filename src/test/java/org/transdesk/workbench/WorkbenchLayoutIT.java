package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
import org.transdesk.review.DraftingService;
import org.transdesk.security.Roles;
import org.transdesk.support.Browser;
import org.transdesk.support.Fixtures;

/**
 * Issue #15, the workbench on a laptop and on a phone, in headless Chromium. At 1280×800 the column
 * heads took 300–342 px and Alt+↓ left ~83 px of the paragraph being edited visible: now the heads fold
 * into one line once the page scrolls, and the paragraph the focus moves to is fully below them. At 390 px
 * the source column shrank to 0 px: now source and one output are stacked, with an output switch.
 * Screenshots: target/screenshots/workbench-laptop.png, workbench-phone.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:workbench-layout;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchLayoutIT {

    static final int PARAGRAPHS = 12;

    @LocalServerPort
    int port;
    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
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

    /** A long article: a headline and twelve paragraphs of some forty words, with Vietnamese and Russian drafts. */
    private Article longArticle() {
        String sentence = "The provincial committee said on Monday that the new bridge over the river would open to traffic next spring, "
                + "after engineers finished testing the steel cables and the approach roads on both banks. ";
        List<String> english = new ArrayList<>(List.of("Bridge to open next spring " + System.nanoTime()));
        IntStream.range(1, PARAGRAPHS + 1).forEach(i -> english.add("Paragraph " + i + ". " + sentence + sentence.substring(0, 80) + "."));
        List<String> russian = new ArrayList<>(List.of("Мост откроют весной"));
        List<String> vietnamese = new ArrayList<>(List.of("Cây cầu sẽ thông xe vào mùa xuân"));
        IntStream.range(1, PARAGRAPHS + 1).forEach(i -> {
            russian.add("Абзац " + i + ". Областной комитет сообщил в понедельник, что новый мост через реку откроют для движения следующей весной, "
                    + "после того как инженеры закончат испытания стальных тросов и подъездных дорог на обоих берегах.");
            vietnamese.add("Đoạn " + i + ". Ủy ban tỉnh cho biết hôm thứ Hai rằng cây cầu mới bắc qua sông sẽ thông xe vào mùa xuân tới, "
                    + "sau khi các kỹ sư thử nghiệm xong cáp thép và đường dẫn ở hai bờ.");
        });
        Article article = as("editor", Roles.EDITOR, () -> articles.importText(String.join("\n", english)));
        as("editor", Roles.EDITOR, () -> {
            drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft(russian.toArray(String[]::new)));
            drafting.saveGenerated(article.id(), Output.VI, article.sourceRevision(), Fixtures.draft(vietnamese.toArray(String[]::new)));
        });
        return article;
    }

    private Page open(Article article, int width, int height) {
        Page page = browser.newPage();
        page.setViewportSize(width, height);
        browser.signIn(page, "editor", "demo");
        page.navigate(browser.url("/articles/" + article.id()));
        page.locator("vaadin-text-area[data-output='ru'][data-position='" + PARAGRAPHS + "']").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return page;
    }

    /** Where the focused paragraph (its cell with the tools) is against the visible column heads and the window. */
    static final String FOCUSED_VS_HEADS = """
            () => {
              const cell = document.activeElement.closest('.segment-cell');
              const area = document.activeElement.closest('vaadin-text-area');
              const heads = [...document.querySelectorAll('.workbench-grid .column-header')].filter(h => h.checkVisibility());
              const r = cell.getBoundingClientRect();
              return {position: Number(area.dataset.position), top: r.top, bottom: r.bottom,
                      headsBottom: Math.max(...heads.map(h => h.getBoundingClientRect().bottom)),
                      headHeight: Math.max(...heads.map(h => h.getBoundingClientRect().height)),
                      window: window.innerHeight,
                      scrollMargin: getComputedStyle(cell).scrollMarginTop, following: !!document.querySelector('.workbench-grid').$updateHeads,
                      scrolled: document.querySelector('.workbench-grid').classList.contains('scrolled')};
            }""";

    /** The tallest unfolded head of this article's columns: 337.5 px before the compaction of #15, 272.5 px after (Debian Chromium, 1280×800). */
    static final double UNFOLDED_HEAD_MAX = 300;

    /**
     * The visible parts of each folded head (output, state, QA tally, actions) that end past the head's edge, are hidden by its
     * overflow, or are shortened with an ellipsis (a button's label, the tally).
     */
    static final String FOLDED_PARTS_CUT = """
            () => {
              const cut = [];
              for (const head of document.querySelectorAll('.workbench-grid.scrolled .column-header')) {
                if (!head.checkVisibility()) continue;
                const h = head.getBoundingClientRect();
                for (const part of head.querySelectorAll('.column-title, .state-badge, .qa-tally, vaadin-button')) {
                  if (!part.checkVisibility()) continue;
                  const r = part.getBoundingClientRect();
                  const label = part.shadowRoot ? part.shadowRoot.querySelector('[part=label]') : part;
                  const name = head.dataset.output + ': ' + part.textContent.trim();
                  if (r.right > h.right + 1 || r.left < h.left - 1 || r.bottom > h.bottom + 1) cut.push(name + ' outside the head');
                  else if (label.scrollWidth > label.clientWidth + 1) cut.push(name + ' cut by an ellipsis');
                }
              }
              return cut;
            }""";

    @Test
    void on_a_laptop_alt_down_brings_the_whole_paragraph_below_the_folded_heads() {
        Page page = open(longArticle(), 1280, 800);
        double expandedHead = ((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('.workbench-grid .column-header')]"
                + ".map(h => h.getBoundingClientRect().height))")).doubleValue();
        // #15: the unfolded head was ~80 px taller than its lines (Lumo's button margins, loose line height, a padded select)
        assertThat(expandedHead).as("the unfolded column head at 1280×800").isLessThan(UNFOLDED_HEAD_MAX);
        page.locator("vaadin-text-area[data-output='ru'][data-position='0'] textarea").focus();
        for (int i = 1; i <= 6; i++) {
            page.keyboard().press("Alt+ArrowDown");
            page.waitForFunction("p => document.activeElement && document.activeElement.closest('vaadin-text-area')"
                    + " && document.activeElement.closest('vaadin-text-area').dataset.position === String(p)", i);
        }
        page.waitForTimeout(600); // the smooth part of the scroll, the fold of the heads
        Map<?, ?> seen = (Map<?, ?>) page.evaluate(FOCUSED_VS_HEADS);
        System.out.println("workbench-laptop 1280x800: expanded head " + expandedHead + " px; after 6 × Alt+↓: " + seen);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "workbench-laptop.png")));

        assertThat(seen.get("position")).isEqualTo(6);
        assertThat(seen.get("scrolled")).as("the heads are folded once the page scrolls").isEqualTo(true);
        assertThat(((Number) seen.get("headHeight")).doubleValue()).as("a folded head is one compact line").isLessThan(80);
        // #15: with every column shown the folded bar ran past the column's edge ("QA: 13 e…", "Export .r…"): now it wraps
        List<?> cut = (List<?>) page.evaluate(FOLDED_PARTS_CUT);
        assertThat(cut).as("parts of a folded head cut off at its edge or by an ellipsis").isEmpty();
        assertThat(page.locator(".workbench-grid.scrolled .column-header[data-output='ru'] .qa-tally").isVisible()).isTrue();
        assertThat(((Number) seen.get("top")).doubleValue()).as("the paragraph starts below the heads")
                .isGreaterThanOrEqualTo(((Number) seen.get("headsBottom")).doubleValue() - 1);
        assertThat(((Number) seen.get("bottom")).doubleValue()).as("the paragraph and its tools end inside the window")
                .isLessThanOrEqualTo(((Number) seen.get("window")).doubleValue() + 1);

        // "?" outside a text box lists the shortcuts
        page.locator("h1").click();
        page.keyboard().press("?");
        page.locator(".shortcut-keys:text-is('Alt+Shift+M')").waitFor();
        assertThat(page.locator(".shortcut-keys").count()).isEqualTo(9);
    }

    /** Counts how often the grid folds or unfolds its heads from now on. */
    static final String COUNT_FOLDS = """
            () => {
              const grid = document.querySelector('.workbench-grid');
              window.$folds = 0;
              let was = grid.classList.contains('scrolled');
              new MutationObserver(() => {
                const now = grid.classList.contains('scrolled');
                if (now !== was) { window.$folds++; was = now; }
              }).observe(grid, {attributes: true, attributeFilter: ['class']});
            }""";

    @Test
    void on_a_laptop_the_heads_fold_once_and_hold_still_at_every_scroll_position() {
        Page page = open(longArticle(), 1280, 800);
        page.evaluate(COUNT_FOLDS);
        // the paragraph being worked on has its buttons (issue #15): focused where it is, the page not scrolled to it
        page.locator("vaadin-text-area[data-output='ru'][data-position='3'] textarea").evaluate("t => t.focus({preventScroll: true})");
        page.locator("vaadin-button.paragraph-tools-button[data-output='ru'][data-position='3']").waitFor(
                new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.locator(".source-cell[lang]").first().hover();
        // down a few pixels at a time, past the heads' own height: the heads fold once and do not flicker
        for (int step = 0; step < 70; step++) {
            page.mouse().wheel(0, 15);
            page.waitForTimeout(60);
        }
        page.waitForTimeout(1000);
        int foldsDown = ((Number) page.evaluate("() => window.$folds")).intValue();
        Locator tools = page.locator("vaadin-button.paragraph-tools-button[data-output='ru'][data-position='3']");
        Object before = tools.evaluate("b => JSON.stringify(b.getBoundingClientRect())");
        page.waitForTimeout(500);
        Object after = tools.evaluate("b => JSON.stringify(b.getBoundingClientRect())");
        int foldsStill = ((Number) page.evaluate("() => window.$folds")).intValue() - foldsDown;
        System.out.println("workbench-laptop folds while scrolling 1050 px down in 15 px steps: " + foldsDown + ", then still: " + foldsStill);
        assertThat(foldsDown).as("the heads fold once on the way down").isEqualTo(1);
        assertThat(foldsStill).as("nothing moves while the editor does not scroll").isZero();
        assertThat(after).as("a paragraph's Tools button holds still").isEqualTo(before);
        tools.click(new Locator.ClickOptions().setTimeout(10_000));
        page.locator("#memory-suggestions").waitFor();
    }

    @Test
    void on_a_phone_the_source_and_one_output_are_stacked_with_a_switch() {
        Page page = open(longArticle(), 390, 844);
        Map<?, ?> widths = (Map<?, ?>) page.evaluate("""
                () => ({source: document.querySelector('.source-cell[lang]').getBoundingClientRect().width,
                        vi: document.querySelector("vaadin-text-area[data-output='vi'][data-position='1']").checkVisibility(),
                        ru: document.querySelector("vaadin-text-area[data-output='ru'][data-position='1']").checkVisibility(),
                        pageWidth: document.documentElement.scrollWidth})""");
        System.out.println("workbench-phone 390px: " + widths);
        assertThat(((Number) widths.get("source")).doubleValue()).as("the source column is not 0 px wide").isGreaterThan(250);
        assertThat(widths.get("vi")).isEqualTo(true);
        assertThat(widths.get("ru")).isEqualTo(false);

        page.locator("vaadin-select#phone-output").click();
        page.locator("vaadin-select-item:has-text('Russian')").click();
        page.locator("vaadin-text-area[data-output='ru'][data-position='1']").waitFor();
        assertThat(page.locator("vaadin-text-area[data-output='vi'][data-position='1']").isVisible()).isFalse();
        for (String action : List.of("#generate-all", "#approve-ru", "#export-ru", "#qa-next-ru", "#shortcut-help")) {
            Locator button = page.locator(action);
            if (button.count() > 0 && button.isVisible()) {
                double right = ((Number) button.evaluate("b => b.getBoundingClientRect().right")).doubleValue();
                assertThat(right).as(action + " is on the screen").isLessThanOrEqualTo(391);
            }
        }
        assertThat(page.locator("#approve-ru, #generate-all").count()).isPositive();
        Browser.screenshot(page, "workbench-phone");
    }
}
