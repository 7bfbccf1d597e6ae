package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Regenerating a paragraph routed to a model server: only that paragraph is asked for, with its predecessor as
 * context, past the cache; its text streams in pieces, and cancel aborts the model call and leaves the paragraph
 * exactly as it was (issue #11: the call took no listener, nothing streamed, nothing stopped it).
 */
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
    static final String LONG_RUSSIAN = "Паром на остров Катба возобновил рейсы днём, и первые пассажиры прибыли"
            + " на остров ещё до заката, когда ветер окончательно стих над заливом.";

    @Autowired GenerationService generation;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @AfterEach
    void quickAgain() {
        SERVER.pieceDelay(Duration.ZERO);
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
        generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE).await();
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

    private Draft draftOf(Article article) {
        SERVER.script(r -> ScriptedModelServer.Answer.text(r.wellFormedAnswer()));
        generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE).await();
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    @Test
    void the_paragraph_streams_in_pieces_before_the_stored_text_comes_back() {
        Article article = articles.importText("Ports reopen after the storm\nThe port of Haiphong reopened on Monday morning.\n"
                + "The ferry to Cat Ba island resumed its timetable in the afternoon.");
        Draft draft = draftOf(article);
        SERVER.pieceDelay(Duration.ofMillis(160)).script(r -> ScriptedModelServer.Answer.text("[[p2]]\n" + LONG_RUSSIAN));
        List<String> partials = new CopyOnWriteArrayList<>();

        SegmentText stored = generation.regenerateSegment(article.id(), Output.RU, 2, draft.segments().get(2).revision(),
                new ParagraphListener() {
                    @Override
                    public void streamed(String partial) {
                        partials.add(partial);
                    }
                });

        assertThat(stored.text()).isEqualTo(LONG_RUSSIAN);
        assertThat(partials).hasSizeGreaterThanOrEqualTo(3);
        assertThat(partials).allSatisfy(p -> assertThat(LONG_RUSSIAN).startsWith(p.strip()));
        assertThat(partials.getFirst().length()).isLessThan(partials.getLast().length());
    }

    @Test
    void cancel_aborts_the_model_call_and_leaves_the_paragraph_as_it_was() {
        Article article = articles.importText("Ports reopen after the storm\nThe port of Haiphong reopened on Monday morning.\n"
                + "The ferry to Cat Ba island resumed its timetable in the afternoon.");
        Draft draft = draftOf(article);
        SegmentText before = draft.segments().get(2);
        int historyBefore = drafts.history(draft.id(), 2).size();
        // about 14 pieces of 12 characters, 400 ms apart: the whole answer takes over 5 s
        SERVER.pieceDelay(Duration.ofMillis(400)).script(r -> ScriptedModelServer.Answer.text("[[p2]]\n" + LONG_RUSSIAN));
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong cancelledAt = new AtomicLong();

        assertThatThrownBy(() -> generation.regenerateSegment(article.id(), Output.RU, 2, before.revision(), new ParagraphListener() {
            @Override
            public void streamed(String partial) {
                if (cancel.compareAndSet(false, true)) { // the editor clicks Cancel once the first words are on screen
                    cancelledAt.set(System.nanoTime());
                }
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        })).isInstanceOf(RegenerationCancelledException.class).hasMessageContaining("paragraph 2 cancelled; the paragraph is unchanged");
        long stoppedAfterMs = (System.nanoTime() - cancelledAt.get()) / 1_000_000;

        assertThat(cancelledAt.get()).as("text streamed before the cancel").isPositive();
        assertThat(stoppedAfterMs).as("the call stopped at the next piece, not at the end of the answer").isLessThan(2_500);
        SegmentText after = drafts.find(article.id(), Output.RU).orElseThrow().segments().get(2);
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(drafts.history(draft.id(), 2)).hasSize(historyBefore);
    }

    private static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
