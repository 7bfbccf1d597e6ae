package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
 * Switching outputs from the offline engine to an OpenAI-compatible server is configuration only:
 * the routes below send vi, ru and the summary to a local test server.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:generation-model;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.cache-size=0", // every test calls the server, whatever ran before
        "transdesk.llm.routes.default=local",
        "transdesk.llm.providers.local.type=openai",
        "transdesk.llm.providers.local.model=test-model",
        "transdesk.llm.providers.local.api-key=sk-test-never-shown",
        "transdesk.llm.providers.local.timeout=10s",
        "transdesk.llm.providers.local.retry-backoff=10ms",
        "transdesk.llm.providers.local.input-price-per-million=0.15",
        "transdesk.llm.providers.local.output-price-per-million=0.60"})
@WithMockUser(username = "editor", roles = "EDITOR")
class GenerationThroughModelServerTest {

    static final ScriptedModelServer SERVER = startServer();
    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");

    @Autowired
    GenerationService generation;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired
    org.transdesk.review.EditingService editing;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @BeforeEach
    void wellBehavedModel() {
        SERVER.delay(java.time.Duration.ZERO);
        SERVER.script(r -> ScriptedModelServer.Answer.text(r.wellFormedAnswer()));
    }

    @Test
    void all_three_outputs_come_from_the_model_server_with_usage_and_cost() throws IOException {
        Article article = articles.importText(Files.readString(SAMPLE));
        Map<Output, String> failures = new ConcurrentHashMap<>();
        Map<Output, String> streamed = new ConcurrentHashMap<>();

        generation.start(article.id(), new java.util.LinkedHashSet<>(Output.defaults()), new GenerationObserver() {
            @Override
            public void failed(Output output, String message) {
                failures.put(output, message);
            }

            @Override
            public void textStreamed(Output output, int index, String partial) {
                streamed.put(output, partial);
            }
        }).await();

        assertThat(failures).isEmpty();
        assertThat(streamed).containsKeys(Output.VI, Output.RU, Output.SUMMARY);
        Draft ru = drafts.find(article.id(), Output.RU).orElseThrow();
        assertThat(ru.segments()).hasSize(article.segments().size());
        assertThat(ru.segments()).extracting(SegmentText::origin).containsOnly("MODEL");
        assertThat(ru.texts().get(1)).isEqualTo("Перевод абзаца p1 о сотрудничестве АСЕАН и России.");
        assertThat(ru.provenance().model()).isEqualTo("openai/test-model");
        assertThat(ru.provenance().promptVersion()).isEqualTo("translate-v2");
        assertThat(ru.provenance().promptTokens()).isPositive();
        assertThat(ru.provenance().estimatedCost()).isPositive();
        Draft summary = drafts.find(article.id(), Output.SUMMARY).orElseThrow();
        assertThat(summary.texts()).containsExactly(ScriptedModelServer.SUMMARY);
        assertThat(summary.provenance().promptVersion()).isEqualTo("summarize-v1");
        assertThat(SERVER.requests()).noneMatch(r -> r.body().contains("sk-test-never-shown"));
    }

    @Test
    void a_failing_server_leaves_the_previous_draft_and_says_why() throws IOException {
        Article article = articles.importText(Files.readString(SAMPLE));
        generation.start(article.id(), java.util.Set.of(Output.VI), GenerationObserver.NONE).await();
        Draft before = drafts.find(article.id(), Output.VI).orElseThrow();
        SERVER.script(r -> new ScriptedModelServer.Answer.Status(401, Map.of(), "{\"error\":{\"message\":\"Incorrect API key\"}}"));
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

        generation.start(article.id(), java.util.Set.of(Output.RU), new GenerationObserver() {
            @Override
            public void failed(Output output, String message) {
                messages.add(message);
            }
        }).await();

        assertThat(messages).singleElement().asString().contains("refused the API key").contains("HTTP 401");
        assertThat(drafts.find(article.id(), Output.RU)).hasValueSatisfying(ru -> {
            assertThat(ru.segments()).isEmpty();
            assertThat(ru.state()).isEqualTo(org.transdesk.review.OutputState.NOT_STARTED);
        });
        assertThat(drafts.find(article.id(), Output.VI).orElseThrow().texts()).isEqualTo(before.texts());
    }

    @Test
    void cancelling_while_the_model_is_answering_aborts_the_call_and_keeps_the_previous_draft() throws Exception {
        Article article = articles.importText(Files.readString(SAMPLE));
        generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE).await();
        List<String> before = drafts.find(article.id(), Output.RU).orElseThrow().texts();
        SERVER.delay(java.time.Duration.ofSeconds(30));
        int requestsBefore = SERVER.requests().size();
        Map<Output, org.transdesk.review.DraftOutcome> outcomes = new ConcurrentHashMap<>();

        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.RU), new GenerationObserver() {
            @Override
            public void finished(Output output, org.transdesk.review.DraftOutcome outcome) {
                outcomes.put(output, outcome);
            }
        });
        while (SERVER.requests().size() == requestsBefore) {
            Thread.onSpinWait(); // the call is in flight once the server has it
        }
        long cancelledAt = System.nanoTime();
        run.cancel();
        run.await();

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - cancelledAt)).as("the 30 s call was aborted").isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(outcomes.get(Output.RU).cancelled()).isTrue();
        assertThat(outcomes.get(Output.RU).notice()).isEqualTo("Russian: cancelled after 0 of 12 paragraphs; nothing was changed.");
        Draft after = drafts.find(article.id(), Output.RU).orElseThrow();
        assertThat(after.texts()).isEqualTo(before);
        assertThat(after.state()).isEqualTo(org.transdesk.review.OutputState.NEEDS_REVIEW);
    }

    @Test
    void generating_again_sends_only_untranslated_paragraphs_and_machine_drafts_to_the_model() throws IOException {
        Article article = articles.importText(Files.readString(SAMPLE));
        generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE).await();
        Draft ru = drafts.find(article.id(), Output.RU).orElseThrow();
        editing.editSegment(ru.id(), 2, "Правка редактора: стороны повысили уровень отношений в 2018 году.", ru.segments().get(2).revision());
        editing.confirm(ru.id(), 3, ru.segments().get(3).revision());
        int before = SERVER.requests().size();

        generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE).await();

        List<String> asked = SERVER.requests().subList(before, SERVER.requests().size()).stream()
                .flatMap(r -> r.ids().stream()).toList();
        assertThat(asked).as("people's paragraphs are neither sent nor paid for").doesNotContain("p2", "p3")
                .contains("title", "p1", "p4");
        Draft after = drafts.find(article.id(), Output.RU).orElseThrow();
        assertThat(after.texts().get(2)).isEqualTo("Правка редактора: стороны повысили уровень отношений в 2018 году.");
        assertThat(after.texts().get(3)).isEqualTo(ru.texts().get(3));
    }

    private static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
