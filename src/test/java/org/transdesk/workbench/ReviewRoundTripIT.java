package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.security.Roles;
import org.transdesk.support.Browser;

/**
 * The review loop in a real browser: a reviewer sends the Russian draft back with a reason, the
 * editor sees the reason, fixes the paragraph and can see the word diff in its history, and the
 * reviewer approves. The draft is stored through the service so the test is about review, not engines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:review-round-trip;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.review.four-eyes=true"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewRoundTripIT {

    static final String REASON = "Paragraph 1: name the day exactly.";
    static final String FIXED = "Встреча прошла в понедельник, 12 апреля.";

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired DraftingService drafting;
    Browser browser;
    String articleUrl;

    @BeforeAll
    void draftToReview() {
        browser = new Browser("http://localhost:" + port);
        Article article = as("editor", Roles.EDITOR, () -> articles.importText("""
                Talks in Hanoi
                The meeting was held on Monday.
                Both sides praised the cooperation."""));
        var segments = List.of("Переговоры в Ханое", "Встреча прошла в понедельник.", "Обе стороны высоко оценили сотрудничество.")
                .stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList();
        var engine = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);
        as("editor", Roles.EDITOR, () -> drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                new GeneratedDraft(segments, engine)));
        articleUrl = browser.url("/articles/" + article.id());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void reviewer_requests_changes_editor_fixes_the_paragraph_reviewer_approves() {
        Page reviewer = browser.newPage();
        browser.signIn(reviewer, "reviewer", "demo");
        reviewer.navigate(articleUrl);
        reviewer.locator("#request-changes-ru").click();
        reviewer.locator("#change-reason-input textarea").fill(REASON);
        reviewer.locator("#change-request-send").click();
        reviewer.locator(".column-header[data-output='ru'] .state-badge[data-state='CHANGES_REQUESTED']").waitFor();

        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(articleUrl);
        assertThat(editor.locator("#change-reason-ru").textContent()).contains(REASON).contains("reviewer");
        Locator paragraph = editor.locator("vaadin-text-area[data-output='ru'][data-position='1'] textarea");
        paragraph.fill(FIXED);
        paragraph.press("Tab");
        editor.locator(".column-header[data-output='ru'] .state-badge[data-state='NEEDS_REVIEW']").waitFor();

        paragraph.focus(); // a paragraph's buttons are there while it is being worked on (issue #15)
        editor.locator("vaadin-button.history-button[data-output='ru'][data-position='1']").click();
        assertThat(editor.locator("#revision-comparison .diff-added").first().textContent()).contains("12");
        Browser.screenshot(editor, "review-history");
        editor.locator("vaadin-button:has-text('Close')").last().click();

        reviewer.reload();
        assertThat(reviewer.locator("vaadin-text-area[data-output='ru'][data-position='1'] textarea").inputValue()).isEqualTo(FIXED);
        reviewer.locator("#approve-ru").click();
        reviewer.locator("#version-ru:has-text('Approved v1 by reviewer')").waitFor();
        assertThat(reviewer.locator(".column-header[data-output='ru'] .state-badge").getAttribute("data-state")).isEqualTo("APPROVED");
        Browser.screenshot(reviewer, "review-approved");
    }
}
