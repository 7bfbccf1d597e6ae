package org.transdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Browser;

/** In a real browser: a reviewer opens an article's export page and downloads the Word file and the bundle. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:export-download;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.export.root=target/download-exports"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportDownloadIT {

    static final List<String> VI = List.of("ASEAN và Nga kỷ niệm 30 năm", "Hai bên cam kết hợp tác.");

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
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

    @Test
    @WithMockUser(username = "reviewer", roles = {"EDITOR", "REVIEWER"})
    void reviewer_downloads_the_approved_vietnamese_as_word_and_the_bundle() throws Exception {
        Article article = articles.importText("ASEAN and Russia mark 30 years\nBoth sides pledged cooperation.");
        ApprovedFixture.approve(articles, drafting, approval, article, Output.VI, VI);

        Page page = browser.newPage();
        browser.signIn(page, "reviewer", "demo");
        page.navigate(browser.url("/articles/" + article.id()));
        page.locator("a:has-text('Export formats & XLIFF')").click();
        page.waitForURL(u -> u.endsWith("/articles/" + article.id() + "/interchange"));

        Download docx = page.waitForDownload(() -> page.locator("#download-vi-docx").click());
        assertThat(docx.suggestedFilename()).isEqualTo(article.slug() + "-vi.docx");
        try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactlyElementsOf(VI);
        }

        Download bundle = page.waitForDownload(() -> page.locator("#download-bundle").click());
        assertThat(entries(bundle.path())).contains("vi.docx", "vi.xlf", "vi.tmx", "vi.html", "vi.json");
        Browser.screenshot(page, "interchange-downloads");
    }

    private static List<String> entries(Path zipFile) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
