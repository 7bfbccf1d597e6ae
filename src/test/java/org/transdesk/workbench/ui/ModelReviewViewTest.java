package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;

/**
 * "Review with model" in the workbench: offered on translations only while a review route names a model; a click
 * reviews off the UI thread, the column head says what was found, and the finding shows under its paragraph as
 * a model review with the model's name.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-review-view;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.providers.local.type=openai",
        "transdesk.llm.providers.local.model=test-model",
        "transdesk.llm.providers.local.timeout=5s"})
@WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class ModelReviewViewTest extends SpringBrowserlessTest {

    static final ScriptedModelServer SERVER = startServer();

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;
    @Autowired ModelSettingsService modelSettings;

    static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    Article articleWithVietnamese() {
        Article article = articles.importText("Ferry resumes " + System.nanoTime() + "\nThe ferry to Cat Ba resumed on Monday.");
        drafting.saveGenerated(article.id(), Output.VI, article.sourceRevision(),
                Fixtures.draft("Phà hoạt động trở lại", "Phà ra Cát Bà hoạt động trở lại vào thứ Ba."));
        return article;
    }

    @Test
    void without_a_review_route_the_action_is_not_offered() {
        modelSettings.clearRoute("review");
        Article article = articleWithVietnamese();

        Workbench.open(this, article);

        assertThat(Workbench.header(this, Output.VI).modelReview.isVisible()).isFalse();
    }

    @Test
    void review_with_model_shows_its_finding_under_the_paragraph_as_a_model_review() {
        modelSettings.setRoute("review", "local");
        SERVER.script(r -> r.body().contains("Cát Bà") && r.body().contains("thứ Ba")
                ? Answer.text("{\"issues\": [{\"category\": \"mistranslation\", \"severity\": \"critical\", \"span\": \"thứ Ba\","
                        + " \"explanation\": \"Monday is thứ Hai.\"}]}")
                : Answer.text("{\"issues\": []}"));
        Article article = articleWithVietnamese();
        Workbench.open(this, article);
        OutputHeader header = Workbench.header(this, Output.VI);
        assertThat(header.modelReview.isVisible()).isTrue();
        assertThat(header.modelReview.getTooltip().getText()).contains("openai/test-model");
        assertThat(Workbench.header(this, Output.SUMMARY).modelReview.isVisible()).isFalse();

        test(header.modelReview).click();

        String message = awaitMessage("Model review done");
        assertThat(message).isEqualTo("Model review done: 1 finding in 2 paragraphs.");
        SegmentTools tools = Workbench.tools(this, Output.VI, 1);
        assertThat(find(Span.class, tools.findings).all()).anyMatch(s -> s.hasClassName("qa-kind") && s.getText().strip().equals("model review"));
        assertThat(find(Span.class, tools.findings).all()).anyMatch(s -> s.hasClassName("qa-span") && s.getText().equals("thứ Ba"));
        assertThat(find(Span.class, tools.findings).all()).anyMatch(s -> s.getText().contains("critical mistranslation")
                && s.getText().contains("openai/test-model"));
        assertThat(Workbench.header(this, Output.VI).modelReview.getText()).isEqualTo("Review with model");
    }

    @Test
    void a_russian_reviewer_reads_that_the_model_review_is_done_in_russian() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(org.transdesk.base.ui.Messages.RUSSIAN);
        modelSettings.setRoute("review", "local");
        SERVER.script(r -> Answer.text("{\"issues\": []}"));
        Workbench.open(this, articleWithVietnamese());

        test(Workbench.header(this, Output.VI).modelReview).click();

        // the notice was made on the review's own thread, where the screen's language is unknown: it said it in English
        assertThat(awaitMessage("Проверка моделью завершена"))
                .isEqualTo("Проверка моделью завершена: замечаний 0, проверено абзацев 2, не удалось проверить абзацев 0.");
    }

    /** Runs the UI updates the review queued until the column head's message says {@code words}. */
    private String awaitMessage(String words) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String message;
        while (!(message = Workbench.header(this, Output.VI).message.message()).contains(words)) {
            assertThat(System.nanoTime()).as("the review's outcome reached the column head in time: " + message).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            MockVaadin.clientRoundtrip();
        }
        return message;
    }
}
