package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.SignedIn.as;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.security.Roles;
import org.transdesk.support.Browser;
import org.transdesk.support.RawHttp;

/**
 * The upload addresses of the import, glossary and interchange pages, called as a script would with a
 * signed-in session: 300 MB sent to the import were held in memory before it refused them. 50 MB are
 * refused (413) while the heap stays flat, and the pages still work. The glossary's and interchange
 * page's widgets spoke English to every screen until #15's last stop (their size limit held already).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:upload-limit;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadLimitIT {

    @LocalServerPort
    int port;
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

    /** Sends 50 MB to the upload address of {@code upload} on the open page and checks they are refused unread. */
    private void fiftyMegabytesAreRefused(Page page, com.microsoft.playwright.Locator upload, String fileName) throws Exception {
        String target = (String) upload.evaluate("u => u.target");
        assertThat(target).isNotBlank();
        String path = target.startsWith("http") ? java.net.URI.create(target).getRawPath() : "/" + target.replaceFirst("^/", "");
        String cookies = String.join("; ", page.context().cookies().stream().map((Cookie c) -> c.name + "=" + c.value).toList());

        System.gc();
        long before = RawHttp.allocatedBytes();
        RawHttp.Answer answer = RawHttp.send(port, "POST", path, Map.of("Cookie", cookies, "Content-Type", "application/octet-stream",
                "X-Filename", fileName), new byte[0], 50L * 1024 * 1024, false);
        long allocated = RawHttp.allocatedBytes() - before;
        System.out.printf("upload address of %s, 50 MB: HTTP %d; JVM allocated %.1f MB while it was sent (%.1f MB sent before the answer)%n",
                fileName, answer.status(), allocated / 1048576.0, answer.bytesSent() / 1048576.0);

        assertThat(answer.status()).as(fileName).isEqualTo(413);
        assertThat(allocated).as("bytes allocated while 50 MB of " + fileName + " were sent").isLessThan(12L * 1024 * 1024);
    }

    @Test
    void fifty_megabytes_sent_to_the_upload_address_are_refused_before_they_are_read() throws Exception {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(browser.url("/import"));
        fiftyMegabytesAreRefused(editor, editor.locator("#article-upload"), "huge.txt");

        editor.locator("#article-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "small.txt", "text/plain", "Small story\nIt still imports.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        editor.waitForURL(u -> u.matches(".*/articles/\\d+$"));
    }

    @Test
    void the_glossary_and_xliff_uploads_refuse_fifty_megabytes_before_they_are_read() throws Exception {
        Page reviewer = browser.newPage("ru-RU");
        browser.signIn(reviewer, "reviewer", "demo");
        reviewer.navigate(browser.url("/glossary"));
        com.microsoft.playwright.Locator uploads = reviewer.locator("vaadin-upload");
        uploads.first().waitFor();
        assertThat(uploads.count()).as("CSV, TBX and TMX uploads").isEqualTo(3);
        fiftyMegabytesAreRefused(reviewer, uploads.nth(2), "huge.tmx");
        fiftyMegabytesAreRefused(reviewer, uploads.nth(0), "huge.csv");
        // the widget speaks the screen's language (Vaadin's own button said "Upload Files...")
        assertThat((String) uploads.first().evaluate("u => u.i18n.addFiles.one")).isEqualTo("Выбрать файл…");

        long article = as("editor", Roles.EDITOR, () -> articles.importText("Upload limits " + System.nanoTime() + "\nA paragraph.")).id();
        reviewer.navigate(browser.url("/articles/" + article + "/interchange"));
        com.microsoft.playwright.Locator xliff = reviewer.locator("#xliff-upload");
        xliff.waitFor();
        fiftyMegabytesAreRefused(reviewer, xliff, "huge.xlf");
    }
}
