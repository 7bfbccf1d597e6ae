package org.transdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.article.ArticleService;
import org.transdesk.support.Browser;
import org.transdesk.support.SignedIn;

/**
 * Sessions ending, seen from the browser: a disabled editor's open page goes to the sign-in page at
 * once and can no longer import (it kept importing for hours); a password changed in one browser ends
 * the sessions in the others; a browser whose cookies were cleared lands on the sign-in page, not on
 * a "Cookies disabled" notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:session-end-it;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionEndIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    ArticleService articles;
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

    private int articleCount() {
        return SignedIn.as("counter", Roles.EDITOR, () -> articles.list(null).size());
    }

    @Test
    void a_disabled_editors_open_page_goes_to_the_sign_in_page_and_imports_nothing_more() {
        SignedIn.as("boss", Roles.ADMIN, () -> users.create("ivo", "ivo-password", Roles.EDITOR));
        Page editor = browser.newPage();
        browser.signIn(editor, "ivo", "ivo-password");
        editor.navigate(browser.url("/import"));
        editor.locator("vaadin-text-area textarea").fill("Late story\nWritten after the account was disabled.");
        int before = articleCount();

        SignedIn.as("boss", Roles.ADMIN, () -> users.setEnabled("ivo", false));
        try {
            // if the page has not left yet, this is the import the disabled editor tries
            editor.locator("#import-text").click(new Locator.ClickOptions().setTimeout(2_000));
        } catch (PlaywrightException alreadyGone) {
            // the page was sent to the sign-in page first
        }

        editor.waitForURL(u -> u.contains("/login"));
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void a_password_changed_in_one_browser_ends_the_sessions_in_the_others_but_not_its_own() {
        SignedIn.as("boss", Roles.ADMIN, () -> users.create("pia", "pia-password", Roles.EDITOR));
        Page office = browser.newPage();
        Page home = browser.newPage();
        browser.signIn(office, "pia", "pia-password");
        browser.signIn(home, "pia", "pia-password");
        home.navigate(browser.url("/import"));

        office.navigate(browser.url("/account"));
        office.locator("#current-password input").fill("pia-password");
        office.locator("#new-password input").fill("pia-new-password");
        office.locator("#repeat-password input").fill("pia-new-password");
        office.locator("#change-password").click();
        office.locator("vaadin-notification-card:has-text('Password changed')").waitFor();

        // the ended session's next request goes to the sign-in page; the push may have sent the idle tab
        // there already (then the side navigation is gone and the click has nothing to find)
        try {
            home.locator("vaadin-side-nav-item:has-text('API tokens')").click(new Locator.ClickOptions().setTimeout(2_000));
        } catch (PlaywrightException alreadyGone) {
            // the page was sent to the sign-in page first
        }
        home.waitForURL(u -> u.contains("/login"));
        office.navigate(browser.url("/import"));
        office.locator("#import-text").waitFor();
        assertThat(office.url()).doesNotContain("/login");
    }

    @Test
    void a_browser_whose_cookies_were_cleared_goes_to_the_sign_in_page() {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(browser.url("/import"));
        editor.locator("#import-text").waitFor();

        editor.context().clearCookies();
        editor.locator("vaadin-side-nav-item:has-text('API tokens')").click();

        editor.waitForURL(u -> u.contains("/login"));
        editor.locator("vaadin-login-form").waitFor();
        assertThat(editor.content()).doesNotContain("Cookies disabled");
    }
}
