package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.SegmentOrigin;

/** The openai provider against a local server speaking the chat-completions wire format, one fault at a time. */
class OpenAiContractTest {

    ScriptedModelServer server;
    Engines engines = new Engines();

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedModelServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_normal_answer_fills_every_paragraph_with_usage_and_cost() {
        GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(text.segments()).extracting(DraftSegment::id).containsExactly("p1", "p2", "p3");
        assertThat(text.segments()).allSatisfy(s -> {
            assertThat(s.origin()).isEqualTo(SegmentOrigin.MODEL);
            assertThat(s.text()).startsWith("Перевод абзаца " + s.id());
        });
        var provenance = text.provenance();
        assertThat(provenance.model()).isEqualTo("openai/test-model");
        assertThat(provenance.promptVersion()).isEqualTo("translate-v2");
        assertThat(provenance.glossaryVersion()).isEqualTo("g-test");
        long expectedPrompt = Tokens.estimate(server.requests().getFirst().body());
        assertThat(provenance.promptTokens()).isEqualTo(expectedPrompt);
        assertThat(provenance.completionTokens()).isPositive();
        assertThat(provenance.estimatedCost()).isEqualByComparingTo(new BigDecimal("0.50").multiply(BigDecimal.valueOf(expectedPrompt))
                .add(new BigDecimal("1.50").multiply(BigDecimal.valueOf(provenance.completionTokens()))).divide(BigDecimal.valueOf(1_000_000)));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_streamed_answer_arrives_in_pieces_and_ends_with_usage() {
        List<String> partials = new CopyOnWriteArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void textStreamed(int index, String partial) {
                partials.add(index + ":" + partial);
            }
        };

        GeneratedText text = engines.engine(server, true).translate(Engines.sample("vi"), listener);

        assertThat(server.requests().getFirst().streams()).isTrue();
        assertThat(server.streamedChunks()).isGreaterThan(3);
        assertThat(partials).anyMatch(p -> p.startsWith("0:Bản")).anyMatch(p -> p.startsWith("2:"));
        assertThat(text.segments()).extracting(DraftSegment::origin).containsOnly(SegmentOrigin.MODEL);
        assertThat(text.segments().get(1).text()).isEqualTo("Bản dịch đoạn p2 về hợp tác giữa ASEAN và Nga.");
        assertThat(text.provenance().promptTokens()).isPositive();
        assertThat(text.provenance().completionTokens()).isPositive();
    }

    @Test
    void rate_limited_429_is_retried_after_the_servers_retry_after() {
        server.answers(List.of(r -> new Answer.Status(429, Map.of("Retry-After", "7"), "{\"error\":{\"message\":\"slow down\"}}"),
                r -> Answer.text(r.translateAll())));

        GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(engines.sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests()).hasSize(2);
        assertThat(text.segments()).extracting(DraftSegment::origin).containsOnly(SegmentOrigin.MODEL);
    }

    @Test
    void unavailable_503_on_a_stream_also_honours_retry_after() {
        server.answers(List.of(r -> new Answer.Status(503, Map.of("Retry-After", "3"), "busy"),
                r -> Answer.text(r.translateAll())));

        engines.engine(server, true).translate(Engines.sample("vi"), GenerationListener.NONE);

        assertThat(engines.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void server_errors_back_off_exponentially_then_give_up_with_the_servers_message() {
        server.script(r -> new Answer.Status(500, Map.of(), "{\"error\":{\"message\":\"GPU on fire\"}}"));

        assertThatThrownBy(() -> engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining("GPU on fire")
                .hasMessageContaining("gave up after 3 attempts").hasMessageContaining("previous draft is unchanged");
        assertThat(engines.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a_server_that_hangs_past_the_timeout_fails_the_call() {
        server.script(r -> new Answer.Hang());

        assertThatThrownBy(() -> engines.engine(server, true, 1, Duration.ofMillis(500)).translate(Engines.sample("ru"), GenerationListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("timeout");
    }

    @Test
    void malformed_json_is_reported_not_accepted() {
        server.script(r -> new Answer.Raw("{\"choices\": [ this is not json"));

        assertThatThrownBy(() -> engines.engine(server, false, 2, Duration.ofSeconds(5)).translate(Engines.sample("ru"), GenerationListener.NONE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("not valid JSON");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void an_answer_cut_off_at_the_token_limit_is_asked_again_for_the_cut_paragraph() {
        server.answers(List.of(
                r -> Answer.cutOff("[[p1]]\nПеревод абзаца p1 полностью.\n\n[[p2]]\nПеревод абзаца p2 полностью.\n\n[[p3]]\nПеревод абз"),
                r -> Answer.text(r.translateAll())));

        GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(server.requests().get(1).ids()).containsExactly("p3");
        assertThat(text.segments().get(2).text()).isEqualTo("Перевод абзаца p3 о сотрудничестве АСЕАН и России.");
        assertThat(text.segments().get(0).text()).isEqualTo("Перевод абзаца p1 полностью.");
    }

    @Test
    void an_answer_that_is_always_cut_off_leaves_a_failed_empty_paragraph() {
        server.script(r -> Answer.cutOff("[[p1]]\nПеревод абзаца p1 полностью.\n\n[[p2]]\nПеревод абзаца p2 полностью.\n\n[[p3]]\nПерев"));

        GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        DraftSegment last = text.segments().get(2);
        assertThat(last.origin()).isEqualTo(SegmentOrigin.FAILED);
        assertThat(last.text()).as("never the English source in the Russian box").isEmpty();
        assertThat(last.note()).contains("cut off").contains("3 attempts");
        assertThat(server.requests()).hasSize(1 + RemoteEngine.REASKS);
    }

    @Test
    void a_missing_paragraph_is_asked_for_again_alone() {
        server.answers(List.of(
                r -> Answer.text("[[p1]]\nПеревод первого абзаца о партнёрстве.\n\n[[p3]]\nПеревод третьего абзаца о политике."),
                r -> Answer.text(r.translateAll())));

        GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(server.requests().get(1).ids()).containsExactly("p2");
        assertThat(text.segments()).extracting(DraftSegment::origin).containsOnly(SegmentOrigin.MODEL);
        assertThat(text.segments()).extracting(DraftSegment::text).containsExactly("Перевод первого абзаца о партнёрстве.",
                "Перевод абзаца p2 о сотрудничестве АСЕАН и России.", "Перевод третьего абзаца о политике.");
    }

    @Test
    void an_answer_in_the_wrong_language_is_never_accepted() {
        Function<ScriptedModelServer.Request, Answer> english = r -> Answer.text(String.join("\n\n",
                r.ids().stream().map(id -> "[[" + id + "]]\nThis is still an English sentence, not Russian at all.").toList()));
        server.script(english);

        GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(text.segments()).allSatisfy(s -> {
            assertThat(s.origin()).isEqualTo(SegmentOrigin.FAILED);
            assertThat(s.note()).contains("not in Russian");
        });
        assertThat(text.segments().getFirst().text()).as("never the English source in the Russian box").isEmpty();
    }

    @Test
    void vietnamese_without_diacritics_is_rejected() {
        server.answers(List.of(
                r -> Answer.text(String.join("\n\n", r.ids().stream().map(id -> "[[" + id + "]]\nHai ben da nang cap quan he doi tac chien luoc.").toList())),
                r -> Answer.text(r.translateAll())));

        GeneratedText text = engines.engine(server, false).translate(Engines.sample("vi"), GenerationListener.NONE);

        assertThat(server.requests()).hasSize(2);
        assertThat(text.segments()).extracting(DraftSegment::origin).containsOnly(SegmentOrigin.MODEL);
    }

    @Test
    void a_repeated_request_is_answered_from_the_cache_and_marked_as_such() {
        RemoteEngine engine = engines.engine(server, false);
        engine.translate(Engines.sample("ru"), GenerationListener.NONE);

        GeneratedText again = engine.translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(server.requests()).hasSize(1);
        assertThat(again.segments()).allSatisfy(s -> assertThat(s.note()).startsWith("From cache: openai/test-model, translate-v2, glossary g-test"));
        assertThat(again.provenance().promptTokens()).isZero();
    }

    @Test
    void cancelling_mid_stream_stops_the_call() {
        server.script(r -> Answer.text(r.translateAll().repeat(20)));
        List<String> partials = new CopyOnWriteArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void textStreamed(int index, String partial) {
                partials.add(partial);
            }

            @Override
            public boolean cancelled() {
                return !partials.isEmpty();
            }
        };

        assertThatThrownBy(() -> engines.engine(server, true).translate(Engines.sample("vi"), listener))
                .isInstanceOf(GenerationCancelledException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void the_api_key_goes_to_the_server_as_a_bearer_token_only() {
        engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

        assertThat(server.requests().getFirst().body()).doesNotContain("sk-test-secret");
    }
}
