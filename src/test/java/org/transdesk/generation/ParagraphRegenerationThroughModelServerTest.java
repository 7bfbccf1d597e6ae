package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
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
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.SegmentText;

/** Regenerating a paragraph routed to a model server: only that paragraph is asked for, with its predecessor as context, past the cache. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:paragraph-regeneration-model;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.routes.default=local",
        "transdesk.llm.providers.local.type=openai",
        "transdesk.llm.providers.local.model=test-model",
        "transdesk.llm.providers.local.timeout=10s",
        "transdesk.llm.providers.local.retry-backoff=10ms"})
@WithMockUser(username = "editor", roles = "EDITOR")
class ParagraphRegenerationThroughModelServerTest {

    static final ScriptedModelServer SERVER = startServer();

    @Autowired GenerationService generation;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void only_the_paragraph_is_sent_with_the_one_before_it_as_context_and_the_cache_is_not_used() {
        Article article = articles.importText("Ports reopen after the storm\nThe port of Haiphong reopened on Monday morning.\n"
                + "The ferry to Cat Ba island resumed its timetable in the afternoon.");
        SERVER.script(r -> ScriptedModelServer.Answer.text(r.wellFormedAnswer()));
        generation.start(article.id(), EnumSet.of(Output.RU), GenerationObserver.NONE).await();
        Draft draft = drafts.find(article.id(), Output.RU).orElseThrow();
        int requestsBefore = SERVER.requests().size();
        SERVER.script(r -> ScriptedModelServer.Answer.text("[[p2]]\nПаром на остров Катба возобновил рейсы днём."));

        SegmentText regenerated = generation.regenerateSegment(article.id(), Output.RU, 2, draft.segments().get(2).revision());

        assertThat(SERVER.requests()).hasSize(requestsBefore + 1);
        ScriptedModelServer.Request request = SERVER.requests().getLast();
        assertThat(request.ids()).containsExactly("p2");
        assertThat(request.body()).contains("The port of Haiphong reopened on Monday morning.");
        assertThat(regenerated.text()).isEqualTo("Паром на остров Катба возобновил рейсы днём.");
        assertThat(regenerated.origin()).isEqualTo("MODEL");
        assertThat(regenerated.note()).contains("test-model").contains("translate-v2");
        assertThat(drafts.history(draft.id(), 2).getLast().kind()).isEqualTo("ENGINE");
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts().get(1)).isEqualTo(draft.texts().get(1));
    }

    private static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
