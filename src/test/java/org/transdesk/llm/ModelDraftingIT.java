package org.transdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.support.Browser;

/**
 * An editor drafts Vietnamese with an OpenAI-compatible server (routed by configuration only)
 * and watches the text stream in, then sees the draft's token usage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:model-drafting-it;DB_CLOSE_DELAY=-1",
        "transdesk.llm.routes.vi=local",
        "transdesk.llm.providers.local.type=openai",
        "transdesk.llm.providers.local.model=test-model"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelDraftingIT {

    static final ScriptedModelServer SERVER = startServer();
    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");

    @LocalServerPort
    int port;
    Browser browser;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @BeforeAll
    void startBrowser() {
        SERVER.pieceDelay(Duration.ofMillis(60));
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        SERVER.close();
    }

    @Test
    void vietnamese_streams_in_from_the_model_server_and_shows_its_usage() {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(browser.url("/import"));
        editor.locator("#article-upload input[type=file]").setInputFiles(SAMPLE);
        // the app loaded the same sample into the empty library at start: imported anew, as an editor would choose
        editor.locator("vaadin-button:has-text('Import as a new article')").click();
        editor.waitForURL(u -> u.matches(".*/articles/\\d+$"));

        editor.locator("#generate-all").click();

        Locator streamed = editor.locator(".column-header[data-output='vi'] .streamed-text");
        streamed.locator("text=Bản dịch").first().waitFor();
        Browser.screenshot(editor, "model-streaming");
        editor.locator(".column-header[data-output='vi'] .state-badge[data-state='NEEDS_REVIEW']").waitFor();
        assertThat(editor.locator("vaadin-text-area[data-output='vi'][data-position='1'] textarea").inputValue())
                .isEqualTo("Bản dịch đoạn p1 về hợp tác giữa ASEAN và Nga.");
        assertThat(editor.locator(".column-header[data-output='vi']").textContent()).contains("tokens").contains("test-model");
    }

    private static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
