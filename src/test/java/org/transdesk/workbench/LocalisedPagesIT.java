package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.Browser;

/**
 * In a real browser that asks for Vietnamese (Accept-Language vi-VN) and has chosen nothing: the
 * sign-in page, the library and an unknown address speak Vietnamese, the page says {@code lang="vi"},
 * and each page has one main landmark, one h1, and nothing visible outside a landmark (axe's
 * landmark-one-main, page-has-heading-one, region). Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:localised-pages;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalisedPagesIT {

    /** Visible text outside main, header, nav, or an overlay (and dev mode's own tools): what axe's "region" rule reports. */
    static final String OUTSIDE_LANDMARKS = """
            () => {
              const inLandmark = n => n.closest('main,header,nav,footer,aside,[role=main],[role=banner],[role=navigation],vaadin-notification-card,vaadin-dialog-overlay,vaadin-tooltip-overlay,vaadin-select-overlay,vaadin-dev-tools,vaadin-connection-indicator,copilot-main');
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const outside = [];
              while (walker.nextNode()) {
                const t = walker.currentNode;
                if (t.textContent.trim() && t.parentElement && t.parentElement.checkVisibility() && !inLandmark(t.parentElement)
                    && !t.parentElement.closest('script,style,template')) {
                  outside.push(t.textContent.trim());
                }
              }
              return outside;
            }""";

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

    private static void assertLandmarks(Page page) {
        assertThat(page.locator("main").count()).as("one main landmark").isEqualTo(1);
        assertThat(page.locator("h1").count()).as("one h1").isEqualTo(1);
        assertThat((java.util.List<?>) page.evaluate(OUTSIDE_LANDMARKS)).as("text outside landmarks").isEmpty();
    }

    @Test
    void a_vietnamese_browser_reads_sign_in_library_and_errors_in_vietnamese() {
        Page page = browser.newPage("vi-VN");
        page.navigate(browser.url("/login"));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("vaadin-button[slot='submit']").textContent().strip()).isEqualTo("Đăng nhập");
        assertLandmarks(page);

        browser.signIn(page, "editor", "demo");
        page.locator("h1:has-text('Thư viện')").waitFor();
        page.waitForFunction("() => document.documentElement.lang === 'vi'");
        assertThat(page.locator("vaadin-button:has-text('Nhập bài')").count()).isEqualTo(1);
        assertThat(page.locator("vaadin-side-nav-item:has-text('Thư viện')").count()).isEqualTo(1);
        assertLandmarks(page);
        Browser.screenshot(page, "library-vi");

        page.navigate(browser.url("/no-such-page"));
        page.locator("h1:has-text('Không tìm thấy trang')").waitFor();
        assertThat(page.locator("#error-back").textContent()).isEqualTo("Quay lại thư viện");
        assertLandmarks(page);
        Browser.screenshot(page, "not-found-vi");

        page.navigate(browser.url("/admin/users"));
        page.locator("h1:has-text('Vai trò của bạn không được mở trang này')").waitFor();
        assertThat(page.locator("main p").allTextContents()).anySatisfy(t -> assertThat(t).contains("quản trị viên"));
        page.locator("#error-back").click();
        page.locator("h1:has-text('Thư viện')").waitFor();
    }
}
