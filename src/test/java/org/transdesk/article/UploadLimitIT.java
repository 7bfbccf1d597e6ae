package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.Browser;
import org.transdesk.support.RawHttp;

/**
 * The import page's upload address, called as a script would with the editor's session: 300 MB sent
 * there were held in memory before the import refused them. 50 MB are refused (413) while the heap
 * stays flat, and the import page still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:upload-limit;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadLimitIT {

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
    void fifty_megabytes_sent_to_the_upload_address_are_refused_before_they_are_read() throws Exception {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(browser.url("/import"));
        String target = (String) editor.locator("#article-upload").evaluate("u => u.target");
        assertThat(target).isNotBlank();
        String path = target.startsWith("http") ? java.net.URI.create(target).getRawPath() : "/" + target.replaceFirst("^/", "");
        String cookies = String.join("; ", editor.context().cookies().stream().map((Cookie c) -> c.name + "=" + c.value).toList());

        System.gc();
        long before = RawHttp.allocatedBytes();
        RawHttp.Answer answer = RawHttp.send(port, "POST", path, Map.of("Cookie", cookies, "Content-Type", "application/octet-stream",
                "X-Filename", "huge.txt"), new byte[0], 50L * 1024 * 1024, false);
        long allocated = RawHttp.allocatedBytes() - before;
        System.out.printf("upload address, 50 MB: HTTP %d; JVM allocated %.1f MB while it was sent (%.1f MB sent before the answer)%n",
                answer.status(), allocated / 1048576.0, answer.bytesSent() / 1048576.0);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(allocated).as("bytes allocated while 50 MB were sent").isLessThan(12L * 1024 * 1024);

        editor.locator("#article-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "small.txt", "text/plain", "Small story\nIt still imports.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        editor.waitForURL(u -> u.matches(".*/articles/\\d+$"));
    }
}
