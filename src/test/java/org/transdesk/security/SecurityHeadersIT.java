package org.transdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * Every page carries a Content-Security-Policy, Referrer-Policy, Permissions-Policy and
 * X-Content-Type-Options, and Vaadin works under that policy: an admin walks the main screens (sample
 * article's workbench included) without a single CSP violation in the browser console. Before, Vaadin's
 * pages had none of these headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-headers;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {

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

    @Test
    void every_page_carries_the_security_headers_and_vaadin_runs_without_csp_violations() {
        Page page = browser.newPage();
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Permissions-Policy")) {
                violations.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        Response login = page.navigate(browser.url("/login"));
        assertHeaders(login);
        browser.signIn(page, "admin", "demo");
        long article = jdbc.sql("select min(id) from article").query(Long.class).single();
        for (String path : List.of("/", "/import", "/articles/" + article, "/glossary", "/api-tokens", "/account",
                "/admin/users", "/admin/models", "/admin/audit")) {
            Response answer = page.navigate(browser.url(path));
            assertHeaders(answer);
            page.locator("vaadin-app-layout").waitFor();
            page.waitForLoadState();
        }
        // a server round trip over push / XHR after the pages loaded
        page.locator("vaadin-side-nav-item:has-text('API tokens')").click();
        page.waitForURL(u -> u.contains("api-tokens"));

        assertThat(violations).isEmpty();
    }

    private static void assertHeaders(Response answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headerValue("content-security-policy")).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(answer.headerValue("referrer-policy")).isEqualTo("same-origin");
        assertThat(answer.headerValue("permissions-policy")).contains("camera=()");
        assertThat(answer.headerValue("x-content-type-options")).isEqualTo("nosniff");
    }
}
