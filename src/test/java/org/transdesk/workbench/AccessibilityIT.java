package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.Browser;

/**
 * axe-core (Deque's engine, the version of {@code axe-core.version} in the pom) in headless Chromium on
 * every screen an editor or admin works in: sign-in, library, workbench, import, glossary, interchange,
 * account, API tokens and the admin views. Every violation of any impact fails, listed per page with its
 * rule, impact and first elements; the full list is written to target/axe/violations.txt and each page
 * is photographed in target/screenshots/axe-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:accessibility;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    /**
     * Left out of the check: Vaadin's dev-mode tools, which are not in a production page. (Vaadin's
     * connection indicator is checked: base.ui.ConnectionStatusRole marks it as a status message.)
     */
    static final List<String> NOT_OURS = List.of("vaadin-dev-tools", "copilot-main");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
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

    /** The paragraph boxes with findings whose text area is not described by them (output and position of each). */
    private static final String UNDESCRIBED = """
            () => [...document.querySelectorAll('vaadin-text-area.segment-editor')]
                .filter(box => box.querySelector(':scope > [slot=helper]'))
                .filter(box => {
                  const helper = box.querySelector(':scope > [slot=helper]');
                  const ids = (box.querySelector('textarea').getAttribute('aria-describedby') || '').split(' ');
                  return !helper.id || !ids.includes(helper.id);
                })
                .map(box => box.dataset.output + ' ' + box.dataset.position)""";

    @Test
    void every_screen_has_no_axe_violation_of_any_impact() throws IOException {
        long sample = jdbc.sql("select min(id) from article").query(Long.class).single();
        Map<String, List<String>> violations = new LinkedHashMap<>();

        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.locator("vaadin-login-form").waitFor();
        violations.put("login", check(page, "login"));

        browser.signIn(page, "admin", "demo");
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("library", "/");
        screens.put("workbench", "/articles/" + sample);
        screens.put("import", "/import");
        screens.put("glossary", "/glossary");
        screens.put("interchange", "/articles/" + sample + "/interchange");
        screens.put("account", "/account");
        screens.put("api-tokens", "/api-tokens");
        screens.put("admin-users", "/admin/users");
        screens.put("admin-models", "/admin/models");
        screens.put("admin-audit", "/admin/audit");
        screens.put("admin-memory-cleaning", "/admin/memory-cleaning");
        screens.forEach((name, path) -> {
            page.navigate(browser.url(path));
            page.locator("main h1").first().waitFor();
            page.waitForLoadState();
            page.waitForTimeout(500); // the grids fill in after the first paint
            if (name.equals("workbench")) {
                // drafted first, so axe reads the paragraph boxes, their status lines and QA findings, the QA filters
                page.locator("#generate-all").click();
                page.locator("vaadin-text-area.segment-editor").first().waitFor();
                page.waitForFunction("() => document.querySelectorAll('.state-badge[data-state=\"DRAFTING\"]').length === 0");
                page.locator("vaadin-text-area.segment-editor > .qa-findings[slot=helper]").first().waitFor();
                page.waitForTimeout(300);
                // #15: each box is described by its findings (aria-describedby on the text area points at them)
                @SuppressWarnings("unchecked")
                List<String> undescribed = (List<String>) page.evaluate(UNDESCRIBED);
                assertThat(undescribed).as("boxes whose findings are not their description").isEmpty();
                assertThat(page.locator("vaadin-text-area.segment-editor > .qa-findings[slot=helper]").count()).isPositive();
            }
            violations.put(name, check(page, name));
            if (name.equals("workbench")) {
                // #15: scrolled, the heads fold into one line (short QA tally, arrows; the drop-down is checked in WorkbenchLayoutIT)
                page.locator(".source-cell[lang]").first().hover();
                page.mouse().wheel(0, 1500);
                page.locator(".workbench-grid.scrolled").waitFor();
                page.waitForTimeout(300);
                violations.put("workbench-folded", check(page, "workbench-folded"));
            }
        });

        StringBuilder report = new StringBuilder();
        violations.forEach((name, found) -> report.append(name).append(": ").append(found.isEmpty() ? "no violations" : found.size() + " violations")
                .append('\n').append(found.stream().map(v -> "  " + v + "\n").reduce("", String::concat)));
        Files.createDirectories(Path.of("target", "axe"));
        Files.writeString(Path.of("target", "axe", "violations.txt"), report);
        System.out.println("axe-core results per page:\n" + report);

        violations.forEach((name, found) -> assertThat(found).as("axe violations on " + name).isEmpty());
    }

    private List<String> check(Page page, String name) {
        Browser.screenshot(page, "axe-" + name);
        AxeBuilder axe = new AxeBuilder(page);
        NOT_OURS.forEach(selector -> axe.exclude(List.of(selector))); // one list is one selector path, so one call each
        AxeResults results = axe.analyze();
        return results.getViolations().stream().map(AccessibilityIT::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + rule.getNodes().stream().limit(3)
                .map(n -> String.valueOf(n.getTarget())).toList() + (rule.getNodes().size() > 3 ? " and " + (rule.getNodes().size() - 3) + " more" : "");
    }
}
