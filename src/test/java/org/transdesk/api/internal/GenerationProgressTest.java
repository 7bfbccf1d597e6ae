package org.transdesk.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationRun;
import org.transdesk.generation.GenerationService;
import org.transdesk.generation.ScriptedLanguageModels;
import org.transdesk.generation.ScriptedRunTest;
import org.transdesk.review.ReviewException;

/**
 * The REST progress of an output is the run the database records, whoever started it: the workbench,
 * another node, or this API. A refused start through the API must not leave a progress of its own.
 */
@ScriptedRunTest
@WithMockUser(username = "ana", roles = "EDITOR")
class GenerationProgressTest {

    @Autowired ArticlesApi api;
    @Autowired GenerationService generation;
    @Autowired ArticleService articles;
    @Autowired ScriptedLanguageModels engine;

    @BeforeEach
    void openEngine() {
        engine.reset();
    }

    @Test
    void an_api_start_refused_while_another_run_works_reports_that_run_and_its_end_not_running_for_ever() throws Exception {
        Article article = articles.importText("Harbour " + System.nanoTime() + "\nThe harbour reopened.\nBoats came back.");
        engine.hold();
        // started elsewhere: the workbench, or the other node of the pair
        GenerationRun winner = generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE);
        try {
            assertThat(api.progress(article.id(), "ru").run()).isEqualTo("RUNNING");

            assertThatThrownBy(() -> api.generate(article.id(), "ru")).isInstanceOf(ReviewException.class)
                    .hasMessageContaining("already being generated");
        } finally {
            engine.open();
            CompletableFuture.runAsync(winner::await).get(20, TimeUnit.SECONDS);
        }

        ProgressView after = api.progress(article.id(), "ru");
        assertThat(after.run()).as("the losing start after the winner finished").isEqualTo("FINISHED");
        assertThat(after.done()).isEqualTo(3);
        assertThat(after.total()).isEqualTo(3);
    }
}
