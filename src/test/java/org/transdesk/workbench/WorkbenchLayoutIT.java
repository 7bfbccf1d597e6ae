package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.SignedIn.as;

import com.deque.html.axecore.playwright.AxeBuilder;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * On a Russian or Vietnamese screen, and with the side menu open, the folded heads took 3–4 rows (95–139 px): now one line
 * in every case. Screenshots: target/screenshots/workbench-folded-{en,vi,ru}-menu-{open,closed}[-hover|-f8].png,
 * workbench-phone.png.
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
        return open(article, width, height, "editor", null);
    }

    /** The article in a browser that asks for this locale (the account chose no language: the screen follows the browser). */
    private Page open(Article article, int width, int height, String user, String locale) {
        Page page = browser.newPage(locale);
        page.setViewportSize(width, height);
        browser.signIn(page, user, "demo");
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
              const headsBottom = Math.max(...heads.map(h => h.getBoundingClientRect().bottom));
              const tools = cell.querySelector('.paragraph-tools-button');
              return {position: Number(area.dataset.position), top: r.top, bottom: r.bottom, height: r.height,
                      visible: Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, headsBottom)),
                      tools: !!tools && tools.checkVisibility(),
                      headsBottom: headsBottom,
                      headHeight: Math.max(...heads.map(h => h.getBoundingClientRect().height)),
                      window: window.innerHeight,
                      scrollMargin: getComputedStyle(cell).scrollMarginTop, following: !!document.querySelector('.workbench-grid').$updateHeads,
                      scrolled: document.querySelector('.workbench-grid').classList.contains('scrolled')};
            }""";

    /** The tallest unfolded head of this article's columns: 337.5 px before the compaction of #15, 272.5 px after (Debian Chromium, 1280×800). */
    static final double UNFOLDED_HEAD_MAX = 300;

    /**
     * What is wrong with each folded head's bar, as sentences: its items (the head's children, through the ones laid out as
     * {@code display: contents}) must sit on one line inside the head's box, side by side without overlapping, each label on
     * one line; a label shortened with an ellipsis must carry its full text in a {@code title}.
     */
    static final String FOLDED_BAR_FAULTS = """
            () => {
              const faults = [];
              const seen = c => c.checkVisibility({opacityProperty: true, visibilityProperty: true}) && c.getBoundingClientRect().width > 0;
              const itemsOf = el => [...el.children].flatMap(c => getComputedStyle(c).display === 'contents' ? itemsOf(c) : seen(c) ? [c] : []);
              const lines = el => {
                const range = document.createRange();
                range.selectNodeContents(el);
                return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top / 4))).size;
              };
              for (const head of document.querySelectorAll('.workbench-grid.scrolled .column-header')) {
                if (!head.checkVisibility()) continue;
                const h = head.getBoundingClientRect();
                const items = itemsOf(head).map(el => ({el, r: el.getBoundingClientRect(),
                    name: head.dataset.output + ': ' + (el.textContent.trim() || el.getAttribute('aria-label') || el.tagName)}));
                for (const {el, r, name} of items) {
                  if (r.right > h.right + 1 || r.left < h.left - 1 || r.bottom > h.bottom + 1 || r.top < h.top - 1) faults.push(name + ' is outside the head');
                  if (lines(el) > 1) faults.push(name + ' wraps onto ' + lines(el) + ' lines');
                  const labels = [el, ...el.querySelectorAll('*')].filter(seen).flatMap(e => e.shadowRoot ? [...e.shadowRoot.querySelectorAll('[part=label]')] : [e]);
                  const cut = labels.some(e => getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1);
                  if (cut && (el.closest('[title]') || {title: ''}).title.trim() !== el.textContent.trim()) faults.push(name + ' is cut by an ellipsis without its full text in a title');
                }
                const dropped = [...head.querySelectorAll('vaadin-button')].filter(b => b.checkVisibility() && !seen(b));
                const top = head.querySelector('.segment-meta');
                const marker = top ? getComputedStyle(top, '::after').content : '';
                if (dropped.length && !marker.includes('⋯')) faults.push(head.dataset.output + ': no "⋯" says that ' + dropped.map(b => b.id) + ' drop down');
                if (head.dataset.output) {
                  for (const part of ['.column-title', '.state-badge', '.qa-tally']) {
                    if (head.querySelector(part) && !items.some(i => i.el.matches(part) || i.el.querySelector(part))) faults.push(head.dataset.output + ': ' + part + ' is not in the bar');
                  }
                }
                for (const a of items) for (const b of items) {
                  if (a === b) continue;
                  if (a.r.bottom <= b.r.top + 1) faults.push(head.dataset.output + ': the bar takes more than one line (' + b.name + ' under ' + a.name + ')');
                  else if (a.r.left < b.r.left && a.r.right > b.r.left + 1) faults.push(a.name + ' overlaps ' + b.name);
                }
              }
              return [...new Set(faults)];
            }""";

    /** The ids of the actions of each output's head that can be used now: enabled buttons, not the versions list. */
    static final String ACTIONS = """
            () => [...document.querySelectorAll('.workbench-grid .column-header[data-output] vaadin-button[id]')]
                .filter(b => !b.hasAttribute('disabled') && !b.hidden && !b.closest('.review-status') && !b.classList.contains('idle')
                    && b.closest('.column-header').checkVisibility())
                .map(b => b.id)""";

    /**
     * Whether the action is there to be used in its folded head: seen (not transparent), inside the head or in what drops down
     * from it, within the window, and the element a click at its middle reaches.
     */
    static final String USABLE = """
            id => {
              const b = document.getElementById(id);
              if (!b.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
              const r = b.getBoundingClientRect(), h = b.closest('.column-header').getBoundingClientRect();
              if (r.width <= 0 || r.left < h.left - 1 || r.right > h.right + 1 || r.top < h.top - 1 || r.left < 0 || r.bottom > window.innerHeight) return false;
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return !!hit && (hit === b || b.contains(hit));
            }""";

    /**
     * The actions of the unfolded heads that cannot be used in the folded ones: neither in the bar, nor one hover over the
     * head away, nor shown when the keyboard (Tab) reaches them.
     */
    private static List<String> unusable(Page page, List<String> actions) {
        List<String> unusable = new ArrayList<>();
        for (String id : actions) {
            if (Boolean.TRUE.equals(page.evaluate(USABLE, id))) {
                continue;
            }
            page.locator(".workbench-grid.scrolled .column-header:has(#" + id + ")").hover(new Locator.HoverOptions().setPosition(4, 4));
            page.waitForTimeout(400);
            boolean hovered = Boolean.TRUE.equals(page.evaluate(USABLE, id));
            page.mouse().move(640, 790);
            page.locator("#" + id).evaluate("b => b.focus()");
            page.waitForTimeout(200);
            boolean focused = Boolean.TRUE.equals(page.evaluate(USABLE, id));
            if (!hovered || !focused) {
                unusable.add(id + (hovered ? "" : " (not by hovering the head)") + (focused ? "" : " (not when Tab reaches it)"));
            }
        }
        return unusable;
    }

    /**
     * Issue #15 on a laptop, in each screen language, with the side menu open and closed: the heads fold into one compact line
     * (state, QA tally, actions) under 80 px; Alt+↓ and F8 bring the paragraph and its buttons fully below them.
     * Before (session 7), a Russian screen with the menu open had folded heads of 95–111 px, its labels on 2–3 lines.
     */
    @ParameterizedTest(name = "{0}, side menu open: {1}")
    @CsvSource({"en-US, true", "en-US, false", "vi-VN, true", "vi-VN, false", "ru-RU, true", "ru-RU, false"})
    void on_a_laptop_alt_down_and_f8_bring_the_whole_paragraph_below_the_folded_heads(String locale, boolean menuOpen) {
        String name = "workbench-folded-" + locale.substring(0, 2) + (menuOpen ? "-menu-open" : "-menu-closed");
        // the admin edits and reviews: the head with the most actions (Approve, Request changes, previous / next error)
        Page page = open(longArticle(), 1280, 800, "admin", locale);
        Locator layout = page.locator("vaadin-app-layout");
        if (layout.evaluate("l => l.drawerOpened").equals(!menuOpen)) {
            page.locator("vaadin-drawer-toggle").click();
        }
        page.waitForFunction("open => document.querySelector('vaadin-app-layout').drawerOpened === open", menuOpen);
        page.waitForTimeout(400); // the drawer's slide, the grid's new widths
        double expandedHead = ((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('.workbench-grid .column-header')]"
                + ".filter(h => h.checkVisibility()).map(h => h.getBoundingClientRect().height))")).doubleValue();
        @SuppressWarnings("unchecked")
        List<String> actions = (List<String>) page.evaluate(ACTIONS);
        assertThat(actions).as("the heads' actions").contains("approve-ru", "request-changes-ru", "qa-next-ru");
        page.locator("vaadin-text-area[data-output='ru'][data-position='0'] textarea").focus();
        for (int i = 1; i <= 6; i++) {
            page.keyboard().press("Alt+ArrowDown");
            focusedAndSettled(page, i);
        }
        Map<?, ?> seen = (Map<?, ?>) page.evaluate(FOCUSED_VS_HEADS);
        List<?> faults = (List<?>) page.evaluate(FOLDED_BAR_FAULTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
        System.out.println(name + " 1280x800: unfolded head " + expandedHead + " px; after 6 × Alt+↓: " + seen + "; bar faults " + faults);
        // the paragraph's box keeps the focus while the heads are looked at: F8 then starts from it
        List<String> unusable = unusable(page, actions);
        page.locator(".workbench-grid.scrolled .column-header[data-output='ru']").hover(new Locator.HoverOptions().setPosition(4, 4));
        page.waitForTimeout(400);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-hover.png")));
        page.mouse().move(640, 790);
        System.out.println(name + " actions " + actions + "; not usable in the folded heads: " + unusable);
        // what drops down, opened by the keyboard: named, readable (axe-core, as in AccessibilityIT)
        page.locator("#approve-ru").evaluate("b => b.focus()");
        page.waitForTimeout(200);
        List<String> axe = new AxeBuilder(page).include(List.of(".workbench-grid.scrolled .column-header")).analyze().getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList();
        page.locator("vaadin-text-area[data-output='ru'][data-position='6'] textarea").focus();

        assertThat(seen.get("position")).isEqualTo(6);
        assertThat(seen.get("scrolled")).as("the heads are folded once the page scrolls").isEqualTo(true);
        assertThat(((Number) seen.get("headHeight")).doubleValue()).as("a folded head is one compact line").isLessThan(80);
        assertThat(faults).as("a folded head's bar: one line, inside the head, nothing overlapping or cut without its full text").isEmpty();
        assertThat(unusable).as("actions of the unfolded heads that cannot be used in the folded ones").isEmpty();
        assertThat(axe).as("axe-core violations in the folded heads, one of them dropped down").isEmpty();
        assertThat(page.locator(".workbench-grid.scrolled .column-header[data-output='ru'] .qa-tally").isVisible()).isTrue();
        assertWhollyBelowTheHeads(seen);

        // F8, the next QA error (each Russian paragraph lacks a sentence of the English): paragraph 7
        page.keyboard().press("F8");
        focusedAndSettled(page, 7);
        Map<?, ?> atError = (Map<?, ?>) page.evaluate(FOCUSED_VS_HEADS);
        System.out.println(name + " after F8: " + atError);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-f8.png")));
        assertWhollyBelowTheHeads(atError);

        // "?" outside a text box lists the shortcuts
        page.locator("h1").click();
        page.keyboard().press("?");
        page.locator(".shortcut-keys:text-is('Alt+Shift+M')").waitFor();
        assertThat(page.locator(".shortcut-keys").count()).isEqualTo(9);
    }

    /** Waits until the Russian box at this position has the focus and its buttons, and the smooth scroll and the fold are over. */
    private static void focusedAndSettled(Page page, int position) {
        page.waitForFunction("p => document.activeElement && document.activeElement.closest('vaadin-text-area')"
                + " && document.activeElement.closest('vaadin-text-area').dataset.position === String(p)", position);
        page.locator("vaadin-button.paragraph-tools-button[data-output='ru'][data-position='" + position + "']").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForTimeout(600);
    }

    private static void assertWhollyBelowTheHeads(Map<?, ?> seen) {
        assertThat(seen.get("tools")).as("the paragraph's buttons are shown").isEqualTo(true);
        assertThat(((Number) seen.get("top")).doubleValue()).as("the paragraph starts below the heads")
                .isGreaterThanOrEqualTo(((Number) seen.get("headsBottom")).doubleValue() - 1);
        assertThat(((Number) seen.get("bottom")).doubleValue()).as("the paragraph and its tools end inside the window")
                .isLessThanOrEqualTo(((Number) seen.get("window")).doubleValue() + 1);
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
        double expandedHead = ((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('.workbench-grid .column-header')]"
                + ".map(h => h.getBoundingClientRect().height))")).doubleValue();
        // #15: the unfolded head was ~80 px taller than its lines (Lumo's button margins, loose line height, a padded select)
        assertThat(expandedHead).as("the unfolded column head at 1280×800").isLessThan(UNFOLDED_HEAD_MAX);
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

        page.locator("select#phone-output").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Russian"));
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
