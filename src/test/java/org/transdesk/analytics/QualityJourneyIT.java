package org.transdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.article.ArticleService;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.support.Browser;

/**
 * In a real browser: after three approvals of the sample by two engines, the reviewer opens Quality
 * from the menu and reads the bars per engine and model and per language; the editor has no such entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:quality-journey;DB_CLOSE_DELAY=-1",
        "transdesk.export.root=target/journey-exports"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    GenerationService generation;
    @Autowired
    DraftingService drafting;
    @Autowired
    DraftService drafts;
    @Autowired
    EditingService editing;
    @Autowired
    ApprovalService approval;
    @Autowired
    JdbcClient jdbc;
    Browser browser;

    @BeforeAll
    void approveThreeOutputsAndStartTheBrowser() {
        QualitySample sample = QualitySample.approved(articles, generation, drafting, drafts, editing, approval);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from post_edit_figure where article_id = ?")
                .param(sample.article().id()).query(Integer.class).single() == 3);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_reviewer_reads_the_figures_per_engine_and_language_and_the_editor_has_no_menu_entry() {
        Page reviewer = browser.newPage();
        browser.signIn(reviewer, "reviewer", "demo");
        reviewer.locator("vaadin-side-nav-item:has-text('Quality')").click();
        reviewer.waitForURL(u -> u.endsWith("/quality"));
        reviewer.locator("#quality-model .bar-chart").first().waitFor();

        assertThat(reviewer.locator("h1").textContent()).isEqualTo("Quality of machine drafts");
        assertThat(reviewer.locator("#quality-model .bar-chart").count()).isEqualTo(5);
        assertThat(reviewer.locator("#quality-model .bar-chart").first().locator(".bar-label").allTextContents())
                .contains("scripted · scripted-1").anyMatch(l -> l.startsWith("offline · "));
        assertThat(reviewer.locator("#quality-language .bar-chart").first().locator(".bar-label").allTextContents())
                .contains("vi", "ru", "en");
        assertThat(reviewer.locator("#quality-model .bar-chart[role=figure] .bar-track[aria-hidden=true]").count()).isPositive();
        Browser.screenshot(reviewer, "quality-view");
        browser.signOut(reviewer);

        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        assertThat(editor.locator("vaadin-side-nav-item:has-text('Quality')").count()).isZero();
    }
}
