package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.Browser;

/**
 * #15: on a 390 px phone the library is a list of cards and nothing is cut off: the search, the state
 * filters, Import and a card's own actions all lie inside the screen. Screenshot target/screenshots/library-phone.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:library-phone;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryOnAPhoneIT {

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
    void every_library_control_and_card_action_is_on_a_390_px_screen() {
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        browser.signIn(page, "admin", "demo");
        page.locator("vaadin-grid.library-cards").waitFor();
        page.locator(".library-card").first().waitFor();
        Browser.screenshot(page, "library-phone");

        for (Locator control : new Locator[] {page.locator("main vaadin-text-field").first(), page.locator("main vaadin-select").first(),
                page.locator("main vaadin-select").nth(1), page.locator("main vaadin-checkbox").first(),
                page.locator("main vaadin-button:has-text('Import article')"), page.locator(".library-card vaadin-button").first()}) {
            control.scrollIntoViewIfNeeded();
            BoundingBox box = control.boundingBox();
            assertThat(box).as(control.toString()).isNotNull();
            assertThat(box.x).as("left edge of " + control).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("right edge of " + control).isLessThanOrEqualTo(390);
        }
        assertThat(page.locator(".library-card-title").first().textContent()).isNotBlank();
    }
}
