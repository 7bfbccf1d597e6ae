package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;

/**
 * Every provider type against a local server speaking its own wire format: whole answers with
 * usage, streamed answers, 429 with Retry-After and an answer cut off at the token limit. The
 * paragraph checks behind them are the same for all types (see OpenAiContractTest).
 */
class ProviderDialectsContractTest {

    final Engines engines = new Engines();

    @ParameterizedTest
    @EnumSource(WireDialect.class)
    void a_whole_answer_fills_every_paragraph_and_reports_usage(WireDialect dialect) throws IOException {
        try (ScriptedModelServer server = new ScriptedModelServer(dialect)) {
            GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

            assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.streams()).isFalse());
            assertThat(text.segments()).extracting(DraftSegment::origin).containsOnly(SegmentOrigin.MODEL);
            assertThat(text.segments().get(2).text()).isEqualTo("Перевод абзаца p3 о сотрудничестве АСЕАН и России.");
            assertThat(text.provenance().model()).isEqualTo(dialect.providerType + "/test-model");
            assertThat(text.provenance().promptTokens()).isEqualTo(Tokens.estimate(server.requests().getFirst().body()));
            assertThat(text.provenance().completionTokens()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(WireDialect.class)
    void a_streamed_answer_arrives_in_pieces(WireDialect dialect) throws IOException {
        try (ScriptedModelServer server = new ScriptedModelServer(dialect)) {
            List<String> partials = new CopyOnWriteArrayList<>();
            GenerationListener listener = new GenerationListener() {
                @Override
                public void textStreamed(int index, String partial) {
                    partials.add(partial);
                }
            };

            GeneratedText text = engines.engine(server, true).translate(Engines.sample("vi"), listener);

            assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.streams()).isTrue());
            assertThat(partials.size()).isGreaterThan(3);
            assertThat(text.segments()).extracting(DraftSegment::text).containsExactly(
                    "Bản dịch đoạn p1 về hợp tác giữa ASEAN và Nga.", "Bản dịch đoạn p2 về hợp tác giữa ASEAN và Nga.",
                    "Bản dịch đoạn p3 về hợp tác giữa ASEAN và Nga.");
            assertThat(text.provenance().promptTokens()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(WireDialect.class)
    void rate_limiting_waits_as_long_as_the_server_asks(WireDialect dialect) throws IOException {
        try (ScriptedModelServer server = new ScriptedModelServer(dialect)) {
            server.answers(List.of(r -> new Answer.Status(429, Map.of("Retry-After", "5"), "{\"error\":{\"message\":\"rate limit\"}}"),
                    r -> Answer.text(r.translateAll())));

            GeneratedText text = engines.engine(server, true).translate(Engines.sample("ru"), GenerationListener.NONE);

            assertThat(engines.sleeps).containsExactly(Duration.ofSeconds(5));
            assertThat(text.segments()).extracting(DraftSegment::origin).containsOnly(SegmentOrigin.MODEL);
        }
    }

    @ParameterizedTest
    @EnumSource(WireDialect.class)
    void an_answer_cut_off_at_the_token_limit_is_not_accepted(WireDialect dialect) throws IOException {
        try (ScriptedModelServer server = new ScriptedModelServer(dialect)) {
            server.answers(List.of(r -> Answer.cutOff("[[p1]]\nПеревод первого абзаца о партнёрстве.\n\n[[p2]]\nПеревод вто"),
                    r -> Answer.text(r.translateAll())));

            GeneratedText text = engines.engine(server, false).translate(Engines.sample("ru"), GenerationListener.NONE);

            assertThat(server.requests().get(1).ids()).containsExactly("p2", "p3");
            assertThat(text.segments().get(1).text()).isEqualTo("Перевод абзаца p2 о сотрудничестве АСЕАН и России.");
        }
    }
}
