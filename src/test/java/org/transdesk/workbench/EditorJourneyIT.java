package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.Browser;
import org.transdesk.support.AlsoOnPostgres;

/**
 * The whole job in a real browser: an editor uploads the sample, generates all three outputs and
 * fixes a Russian paragraph; a reviewer approves the Russian output and exports it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1",
        "transdesk.export.root=target/journey-exports"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AlsoOnPostgres
class EditorJourneyIT {

    static final Path EXPORT_ROOT = Path.of("target/journey-exports");
    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");
    static final String EDITED = "Программы сотрудничества АСЕАН и России помогают Сообществу АСЕАН сокращать разрыв в развитии (правка редактора).";

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = new Browser("http://localhost:" + port);
        deleteExports();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void editor_drafts_and_fixes_russian_then_reviewer_approves_and_exports() throws IOException {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        assertThat(editor.locator(".demo-badge").textContent()).isEqualTo("Demo mode");

        editor.navigate(browser.url("/import"));
        editor.locator("#article-upload input[type=file]").setInputFiles(SAMPLE);
        // the app loaded the same sample into the empty library at start: the import says so, the editor imports it anew
        editor.locator("vaadin-button:has-text('Import as a new article')").click();
        editor.waitForURL(u -> u.matches(".*/articles/\\d+$"));
        String articleUrl = editor.url();

        editor.locator("#generate-all").click();
        for (String output : List.of("vi", "ru", "summary")) {
            editor.locator(".column-header[data-output='" + output + "'] .state-badge[data-state='NEEDS_REVIEW']").waitFor();
        }
        assertThat(editor.locator("#engine-ru").textContent()).startsWith("Offline engine: translation memory and glossary only");
        Locator russianParagraph = editor.locator("vaadin-text-area[data-output='ru'][data-position='4'] textarea");
        assertThat(russianParagraph.inputValue()).contains("АСЕАН");
        Browser.screenshot(editor, "workbench-generated");

        russianParagraph.fill(EDITED);
        russianParagraph.press("Tab");
        editor.locator("vaadin-text-area[data-output='ru'][data-position='4'] ~ .segment-meta .save-status").waitFor();
        assertThat(editor.locator("#approve-ru").isVisible()).as("an editor is not offered approval").isFalse();
        browser.signOut(editor);

        Page reviewer = browser.newPage();
        browser.signIn(reviewer, "reviewer", "demo");
        reviewer.navigate(articleUrl);
        assertThat(reviewer.locator("vaadin-text-area[data-output='ru'][data-position='4'] textarea").inputValue()).isEqualTo(EDITED);
        reviewer.locator("#approve-ru").click();
        reviewer.locator("#version-ru:has-text('Approved v1 by reviewer')").waitFor();
        reviewer.locator("#export-ru").click();
        reviewer.locator("#message-ru:has-text('Exported version 1')").waitFor();
        Browser.screenshot(reviewer, "workbench-approved");

        Path exported = findExport("ru.md");
        String markdown = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(markdown).contains(EDITED).contains("lang: ru").contains("approved_by: reviewer").contains("version: 1");
    }

    private static Path findExport(String fileName) throws IOException {
        try (Stream<Path> files = Files.walk(EXPORT_ROOT)) {
            return files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + fileName + " under " + EXPORT_ROOT));
        }
    }

    private static void deleteExports() throws IOException {
        if (Files.exists(EXPORT_ROOT)) {
            try (Stream<Path> files = Files.walk(EXPORT_ROOT)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
