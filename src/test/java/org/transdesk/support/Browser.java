package org.transdesk.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright: never downloads a browser. One instance per
 * test class; each {@link #newPage()} is a fresh context (own cookies = own session).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("transdesk.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    public Browser(String baseUrl) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests need Debian's chromium at " + CHROMIUM + " (apt-get install -y chromium chromium-driver)");
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public Page newPage() {
        return newPage(null);
    }

    /** A fresh context whose browser asks for {@code locale} (Accept-Language and navigator.language), e.g. "vi-VN". */
    public Page newPage(String locale) {
        NewContextOptions options = new NewContextOptions().setViewportSize(1600, 1000).setAcceptDownloads(true);
        if (locale != null) {
            options.setLocale(locale);
        }
        Page page = browser.newContext(options).newPage();
        // generous: a dev-mode first page on a loaded 2-core machine took over 20 s; a real failure still fails, only later
        page.setDefaultTimeout(60_000);
        return page;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Signs in through the Vaadin login form and waits for the app frame. */
    public void signIn(Page page, String user, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name='username'] input").fill(user);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    public void signOut(Page page) {
        page.locator("vaadin-button:has-text('Sign out')").click();
        page.waitForURL(u -> u.contains("/login"));
    }

    public static void screenshot(Page page, String name) {
        Path dir = Path.of("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
