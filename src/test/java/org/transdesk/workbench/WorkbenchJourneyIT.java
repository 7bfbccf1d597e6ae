package org.transdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.support.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.security.Roles;
import org.transdesk.support.Browser;

/**
 * The workbench in a real browser, on drafts stored through the service (the test is about the
 * screens, not engines): an editor's edit survives "Generate again" (only the rest), the editor
 * confirms, the reviewer approves and sees what the memory learned; and a session that ends while an
 * editor types loses nothing: the text waits in the browser's storage, the editor lands on the sign-in
 * page (not a "cookies disabled" message), and after signing in again "Restore my text" stores it;
 * and English left in two Russian paragraphs, approved with a QA override, is not taught to the memory:
 * the next article with the same paragraphs gets no memory match for them, only for the real translation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:workbench-journey;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchJourneyIT {

    static final String EDITED = "Встреча прошла в понедельник, 12 апреля (правка редактора).";
    static final String TYPED = "Встреча прошла в понедельник, 12 апреля, в Ханое.";

    @LocalServerPort
    int port;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired TranslationMemory memory;
    @Autowired ServletRegistrationBean<SpringServlet> vaadin;
    @Value("${server.servlet.session.timeout}") Duration sessionTimeout;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    /** A three-paragraph article with a Russian machine draft. */
    private Article articleWithRussian() {
        return articleWithRussian("""
                Talks in Hanoi
                The meeting was held on Monday.
                Both sides praised the cooperation.""",
                List.of("Переговоры в Ханое", "Встреча прошла в понедельник.", "Обе стороны высоко оценили сотрудничество."));
    }

    /** An article (title line, then paragraphs) with a Russian machine draft of the given texts. */
    private Article articleWithRussian(String text, List<String> russian) {
        Article article = as("editor", Roles.EDITOR, () -> articles.importText(text));
        var segments = russian.stream().map(t -> new GeneratedDraft.Segment(t, "MODEL", null, null)).toList();
        var engine = new DraftProvenance("test", "Hand-written test draft", null, null, null, 0, 0, 0, BigDecimal.ZERO);
        as("editor", Roles.EDITOR, () -> drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(),
                new GeneratedDraft(segments, engine)));
        return article;
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void text_typed_when_the_session_ended_is_offered_back_after_signing_in_and_restored() {
        Article article = articleWithRussian();
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
        assertThat(ru(article, 1)).as("nothing was stored").isEqualTo("Встреча прошла в понедельник.");

        browser.signIn(editor, "editor", "demo");
        editor.navigate(articleUrl);
        Locator offer = editor.locator(".segment-cell .unsaved-offer[data-position='1']");
        offer.waitFor();
        assertThat(offer.textContent()).contains(TYPED);
        assertThat(editor.locator("#page-message").textContent()).contains("not saved in 1 paragraph");
        Browser.screenshot(editor, "unsaved-offered");
        offer.locator("vaadin-button.restore-unsaved").click();

        editor.locator(".unsaved-offer").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(paragraph.inputValue()).isEqualTo(TYPED);
        assertThat(ru(article, 1)).isEqualTo(TYPED);
        editor.waitForFunction("() => !Object.keys(localStorage).some(k => k.startsWith('transdesk.unsaved/editor/'))");

        editor.reload(); // once restored, nothing is offered again
        editor.locator("vaadin-text-area[data-output='ru'][data-position='1']").waitFor();
        assertThat(editor.locator(".unsaved-offer").count()).isZero();
    }

    @Test
    void an_open_workbench_sends_heartbeats_well_inside_the_session_timeout() {
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo"); // the servlet is initialised by now
        DeploymentConfiguration config = vaadin.getServlet().getService().getDeploymentConfiguration();

        // an abandoned tab still ends after the idle limit (user actions count, not heartbeats): IdleSessionIT
        assertThat(config.isCloseIdleSessions()).as("the idle limit counts user actions").isTrue();
        assertThat(Duration.ofSeconds(config.getHeartbeatInterval())).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2))
                .isLessThan(sessionTimeout.dividedBy(3));
    }

    @Test
    void an_edit_survives_generate_again_then_the_editor_confirms_and_the_reviewer_approves_and_sees_what_the_memory_learned() {
        Article article = articleWithRussian();
        String articleUrl = browser.url("/articles/" + article.id());
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(articleUrl);
        save(editor, 1, EDITED);

        editor.locator("#generate-all").click();
        Locator ask = editor.locator("#regenerate-dialog");
        assertThat(editor.locator("#regenerate-count").textContent()).isEqualTo("1 paragraph was edited or confirmed by people:");
        assertThat(editor.locator(".regenerate-mode vaadin-radio-button[checked]").textContent()).contains("Only the rest");
        editor.locator("#regenerate-start").click();
        ask.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        editor.locator("#generate-all:not([disabled])").waitFor(); // the run ended
        editor.locator("#message-ru").waitFor();

        assertThat(box(editor, 1).inputValue()).as("the edit survived").isEqualTo(EDITED);
        assertThat(ru(article, 1)).isEqualTo(EDITED);
        assertThat(editor.locator(".segment-cell[data-status='EDITED'] vaadin-text-area[data-output='ru'][data-position='1']").count()).isOne();
        // the machine paragraphs were drafted again (the offline engine has no memory here: left empty); the editor writes them
        save(editor, 0, "Переговоры в Ханое");
        save(editor, 2, "Обе стороны высоко оценили сотрудничество.");
        box(editor, 1).focus(); // a paragraph's buttons are there while it is being worked on (issue #15)
        editor.locator("vaadin-button.confirm-button[data-output='ru'][data-position='1']").click();
        editor.locator(".segment-cell[data-status='CONFIRMED'] vaadin-text-area[data-output='ru'][data-position='1']").waitFor();
        Browser.screenshot(editor, "journey-confirmed");
        browser.signOut(editor);

        Page reviewer = browser.newPage();
        browser.signIn(reviewer, "reviewer", "demo");
        reviewer.navigate(articleUrl);
        assertThat(box(reviewer, 1).inputValue()).isEqualTo(EDITED);
        reviewer.locator("#approve-ru").click();
        reviewer.locator("#version-ru:has-text('Approved v1 by reviewer')").waitFor();
        reviewer.locator("#message-ru:has-text('Memory learned')").waitFor();
        assertThat(reviewer.locator("#message-ru").textContent()).contains("Russian approved as version 1. Memory learned 3 paragraphs");
        Browser.screenshot(reviewer, "journey-approved");
        assertThat(as("reviewer", Roles.REVIEWER, () -> drafts.find(article.id(), Output.RU).orElseThrow().texts()))
                .containsExactly("Переговоры в Ханое", EDITED, "Обе стороны высоко оценили сотрудничество.");
    }

    static final String SIGNED = "Delegates from four countries signed a memorandum on sharing the river's water.";
    static final String SIGNED_RU = "Делегаты четырёх стран подписали меморандум о совместном использовании воды реки.";
    static final String FORECAST = "The commission will publish a flood forecast for the lower basin every week.";
    static final String FARMERS = "Rice farmers in the delta welcomed the new early-warning system.";

    @Test
    void english_left_in_two_russian_paragraphs_and_approved_with_an_override_is_not_offered_from_memory_on_the_next_article() {
        Article first = articleWithRussian(String.join("\n", "Mekong commission meets in Vientiane", SIGNED, FORECAST, FARMERS),
                List.of("Комиссия по Меконгу собралась во Вьентьяне", SIGNED_RU,
                        "Комиссия будет еженедельно публиковать прогноз паводков для нижнего бассейна.",
                        "Рисоводы дельты приветствовали новую систему раннего оповещения."));
        Page editor = browser.newPage();
        browser.signIn(editor, "editor", "demo");
        editor.navigate(browser.url("/articles/" + first.id()));
        save(editor, 2, FORECAST); // the English source pasted over the Russian: two paragraphs left in English
        save(editor, 3, FARMERS);

        Page reviewer = browser.newPage();
        browser.signIn(reviewer, "reviewer", "demo");
        reviewer.navigate(browser.url("/articles/" + first.id()));
        assertThat(box(reviewer, 2).inputValue()).isEqualTo(FORECAST);
        reviewer.locator("#approve-ru").click();
        Locator reason = reviewer.locator("#override-reason textarea"); // QA's errors block a plain approval
        reason.fill("Deadline: the two English paragraphs are translated in the next round.");
        reviewer.locator("#approve-override").click();
        reviewer.locator("#version-ru:has-text('Approved v1 by reviewer')").waitFor();
        Locator learned = reviewer.locator("#message-ru:has-text('Memory learned')");
        learned.waitFor();
        assertThat(learned.textContent()).contains("Memory learned 2 paragraphs")
                .contains("skipped 2 paragraphs (same as the source 2): paragraph 2 (same as the source), paragraph 3 (same as the source).");
        Browser.screenshot(reviewer, "journey-override-learning");

        // the next article repeats the paragraphs, in another order, under a new headline
        editor.navigate(browser.url("/import"));
        editor.locator("vaadin-text-area textarea").fill(String.join("\n", "Delta farmers prepare for the rainy season",
                FORECAST, SIGNED, FARMERS));
        editor.locator("#import-text").click();
        editor.waitForURL(u -> u.matches(".*/articles/\\d+$") && !u.endsWith("/articles/" + first.id()));
        editor.locator("#generate-all").click();
        Locator badge = editor.locator(".column-header[data-output='ru'] .state-badge[data-state='NEEDS_REVIEW']");
        badge.waitFor(); // the run stored the Russian draft
        Locator drafted = editor.locator("#message-ru:has-text('draft ready')");
        drafted.waitFor();
        assertThat(drafted.textContent()).contains("1 of 4 paragraphs drafted").contains("nothing to translate from memory for 3 of 4");
        assertThat(badge.getAttribute("data-untranslated")).as("the headline and the two paragraphs left in English").isEqualTo("3");

        assertThat(box(editor, 2).inputValue()).as("the real translation is offered").isEqualTo(SIGNED_RU);
        assertThat(origin(editor, 2).textContent()).isEqualTo("TM 100%");
        for (int englishLeft : List.of(1, 3)) {
            assertThat(box(editor, englishLeft).inputValue()).as("paragraph %d", englishLeft).isEmpty();
            assertThat(origin(editor, englishLeft).textContent()).as("paragraph %d", englishLeft).isEqualTo("No match");
            assertThat(editor.locator(".segment-cell[data-status='UNTRANSLATED'] vaadin-text-area[data-output='ru'][data-position='"
                    + englishLeft + "']").count()).isOne();
        }
        Browser.screenshot(editor, "journey-no-english-from-memory");

        Locator suggestions = openParagraphTools(editor, 2);
        assertThat(suggestions.locator(".memory-suggestion[data-score='100']").textContent()).contains(SIGNED_RU);
        closeParagraphTools(editor);
        suggestions = openParagraphTools(editor, 1);
        assertThat(suggestions.textContent()).contains("No translation-memory match");
        assertThat(suggestions.locator(".memory-suggestion").count()).isZero();
        closeParagraphTools(editor);

        assertThat(memory.exact(FORECAST, "en", "ru")).isEmpty();
        assertThat(memory.exact(FARMERS, "en", "ru")).isEmpty();
        assertThat(memory.exact(SIGNED, "en", "ru")).hasValueSatisfying(m -> assertThat(m.targetText()).isEqualTo(SIGNED_RU));
    }

    private static Locator origin(Page page, int position) {
        return page.locator(".segment-cell:has(vaadin-text-area[data-output='ru'][data-position='" + position + "']) .origin-badge");
    }

    private static Locator openParagraphTools(Page page, int position) {
        page.locator("vaadin-text-area[data-output='ru'][data-position='" + position + "'] textarea").focus(); // its buttons come with the focus
        page.locator("vaadin-button.paragraph-tools-button[data-output='ru'][data-position='" + position + "']").click();
        Locator suggestions = page.locator("#memory-suggestions");
        suggestions.waitFor();
        return suggestions;
    }

    private static void closeParagraphTools(Page page) {
        page.keyboard().press("Escape");
        page.locator("#memory-suggestions").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    private static Locator box(Page page, int position) {
        return page.locator("vaadin-text-area[data-output='ru'][data-position='" + position + "'] textarea");
    }

    /** Types a paragraph and leaves the box, as an editor does; waits until the server stored it. */
    private static void save(Page page, int position, String text) {
        Locator box = box(page, position);
        box.fill(text);
        box.press("Tab");
        page.locator("vaadin-text-area[data-output='ru'][data-position='" + position + "'] ~ .segment-meta .save-status:has-text('saved · rev')").waitFor();
    }

    private String ru(Article article, int position) {
        return as("editor", Roles.EDITOR, () -> drafts.find(article.id(), Output.RU).orElseThrow().texts().get(position));
    }
}
