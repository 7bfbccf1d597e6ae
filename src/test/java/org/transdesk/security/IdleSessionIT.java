package org.transdesk.security;

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
 * The idle limit counts the user's actions, not the open tab's heartbeats: with a 1-minute limit and a
 * heartbeat every 5 s, a tab left alone ends on the sign-in page; one in use stays. (Before, an open tab
 * kept its session, and its sign-in, for as long as it was open.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:idle-session;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "server.servlet.session.timeout=1m",
        "vaadin.heartbeatInterval=5"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdleSessionIT {

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
    void a_tab_left_alone_past_the_idle_limit_ends_on_the_sign_in_page_while_a_tab_in_use_stays() throws InterruptedException {
        Page idle = browser.newPage();
        Page busy = browser.newPage();
        browser.signIn(idle, "editor", "demo");
        browser.signIn(busy, "reviewer", "demo");
        idle.navigate(browser.url("/import"));
        busy.navigate(browser.url("/import"));

        long until = System.nanoTime() + 100_000_000_000L;
        boolean idleEnded = false;
        while (System.nanoTime() < until && !idleEnded) {
            // the reviewer keeps working: a server round trip every few seconds
            busy.locator("vaadin-side-nav-item:has-text(" + (busy.url().contains("api-tokens") ? "'Import article'" : "'API tokens'") + ")").click();
            busy.waitForTimeout(4_000);
            idleEnded = idle.url().contains("/login");
        }

        assertThat(idleEnded).as("the idle tab is on the sign-in page").isTrue();
        assertThat(busy.url()).doesNotContain("/login");
    }
}
