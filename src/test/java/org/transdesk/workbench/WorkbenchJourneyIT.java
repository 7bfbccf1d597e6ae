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
 * A session that ends while an editor types loses nothing: the text is kept in the browser's
 * storage, the editor lands on the sign-in page (not a "cookies disabled" message), and after signing
 * in again the workbench offers the text back under its paragraph; "Restore my text" stores it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:unsaved-text;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsavedTextJourneyIT {

    static final String TYPED = "Встреча прошла в понедельник, 12 апреля, в Ханое.";

    @LocalServerPort
    int port;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    Browser browser;
    Article article;

    @BeforeAll
    void draftToEdit() {
        browser = new Browser("http://localhost:" + port);
        article = as("editor", Roles.EDITOR, () -> articles.importText("""
                Talks in Hanoi
                The meeting was held on Monday.
                Both sides praised the cooperation."""));
        var segments = List.of("Переговоры в Ханое", "Встреча прошла в понедельник.", "Обе стороны высоко оценили сотрудничество.")
                .stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList();
        var engine = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);
        as("editor", Roles.EDITOR, () -> drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                new GeneratedDraft(segments, engine)));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void text_typed_when_the_session_ended_is_offered_back_after_signing_in_and_restored() {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        String articleUrl = browser.url("/articles/" + article.id());
        editor.navigate(articleUrl);
        Locator paragraph = editor.locator("vaadin-text-area[data-output='ru'][data-position='1'] textarea");
        paragraph.fill(TYPED); // typed, not yet saved (the box still has the focus)
        editor.waitForFunction("t => Object.keys(localStorage).some(k => k.startsWith('transdesk.unsaved/editor/')"
                + " && JSON.parse(localStorage.getItem(k)).text === t)", TYPED);

        editor.context().clearCookies(); // the session is gone (expired, cookies cleared, node lost)
        editor.navigate(articleUrl);
        editor.waitForURL(u -> u.contains("/login"));
        editor.locator("vaadin-login-form, vaadin-login-overlay").first().waitFor();
        assertThat(editor.locator("body").innerText()).doesNotContainIgnoringCase("cookies");
        assertThat(ru(1)).as("nothing was stored").isEqualTo("Встреча прошла в понедельник.");

        browser.signIn(editor, "editor", "demo");
        editor.navigate(articleUrl);
        Locator offer = editor.locator(".segment-cell .unsaved-offer[data-position='1']");
        offer.waitFor();
        assertThat(offer.textContent()).contains(TYPED);
        assertThat(editor.locator("#page-message").textContent()).contains("not saved in 1 paragraph");
        Browser.screenshot(editor, "unsaved-offered");
        offer.locator("vaadin-button.restore-unsaved").click();

        editor.locator(".unsaved-offer").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(paragraph.inputValue()).isEqualTo(TYPED);
        assertThat(ru(1)).isEqualTo(TYPED);
        editor.waitForFunction("() => !Object.keys(localStorage).some(k => k.startsWith('transdesk.unsaved/editor/'))");

        editor.reload(); // once restored, nothing is offered again
        editor.locator("vaadin-text-area[data-output='ru'][data-position='1']").waitFor();
        assertThat(editor.locator(".unsaved-offer").count()).isZero();
    }

    private String ru(int position) {
        return as("editor", Roles.EDITOR, () -> drafts.find(article.id(), Output.RU).orElseThrow().texts().get(position));
    }
}
