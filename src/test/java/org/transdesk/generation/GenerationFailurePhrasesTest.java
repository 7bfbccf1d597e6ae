package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.Phrase;
import org.transdesk.review.GenerationRunService;

/**
 * Issue #15: a generation that fails unexpectedly (a bug, an Error from the engine) reaches the workbench's column as a
 * phrase, so a Vietnamese or Russian editor reads it in their language with the exception only as a technical detail;
 * the run record keeps the English. On the old code the observer got the English sentence only.
 */
@ScriptedRunTest
@WithMockUser(username = "ana", roles = "EDITOR")
class GenerationFailurePhrasesTest {

    @Autowired GenerationService generation;
    @Autowired GenerationRunService runs;
    @Autowired ArticleService articles;
    @Autowired ScriptedLanguageModels engine;

    @BeforeEach
    void openEngine() {
        engine.reset();
    }

    @Test
    void an_unexpected_failure_is_said_in_the_editors_language() throws Exception {
        Article article = articles.importText("Harbour report " + System.nanoTime() + "\nThe harbour reopened.");
        engine.failWith(() -> new IllegalStateException("scripted bug"));
        List<Phrase> phrases = new CopyOnWriteArrayList<>();
        List<String> messages = new CopyOnWriteArrayList<>();

        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.RU), new GenerationObserver() {
            @Override
            public void failed(Output output, String message, Phrase phrase) {
                messages.add(message);
                phrases.add(phrase);
            }
        });
        CompletableFuture.runAsync(run::await).get(20, TimeUnit.SECONDS);
        engine.reset();

        assertThat(phrases).singleElement().isNotNull();
        Phrase said = phrases.getFirst();
        assertThat(said.in(Locale.forLanguageTag("vi"))).startsWith("Tạo bản nháp gặp lỗi ngoài dự kiến")
                .endsWith("(Chi tiết kỹ thuật: IllegalStateException: scripted bug)");
        assertThat(said.in(Locale.forLanguageTag("ru"))).startsWith("Создание черновика неожиданно прервалось").doesNotContain("Generation");
        assertThat(messages).singleElement().isEqualTo(
                "Generation failed unexpectedly (IllegalStateException: scripted bug); the previous draft is unchanged.");
        assertThat(runs.status(run.id()).orElseThrow().perOutput().get(Output.RU).reason()).isEqualTo(messages.getFirst());
    }
}
