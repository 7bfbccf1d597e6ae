package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import tools.jackson.databind.JsonNode;

/**
 * {@code translate} against a local OpenAI-compatible server (the adapter tests' scripted server on
 * 127.0.0.1): the provider is configured with command-line properties only, as a nightly job would.
 */
class TranslateThroughModelServerTest {

    private static final String API_KEY = "sk-test-never-shown";

    @TempDir
    Path dir;

    private final String databaseUrl = "jdbc:h2:mem:cli-model-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void drafts_every_output_through_the_model_server_with_provenance_and_token_usage_in_the_report() throws Exception {
        Path out = dir.resolve("drafts");
        try (ScriptedModelServer server = new ScriptedModelServer()) {

            CliRun run = translate(server, out, "--to", "vi,ru", "--summary",
                    "--route", "vi=local", "--route", "ru=local", "--route", "summary=local");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(server.requests()).as("vi, ru and the summary were asked of the server").hasSizeGreaterThanOrEqualTo(3);
            assertThat(Files.readString(out.resolve("vi.md"))).contains("engine: local", "model: openai/test-model",
                    "Bản dịch đoạn p1 về hợp tác giữa ASEAN và Nga.");
            assertThat(Files.readString(out.resolve("ru.md"))).contains("Перевод абзаца p1 о сотрудничестве АСЕАН и России.");
            assertThat(Files.readString(out.resolve("summary.md"))).contains(ScriptedModelServer.SUMMARY);
            JsonNode report = JsonRows.JSON.readTree(out.resolve("report.json").toFile());
            assertThat(report.get("outputs")).hasSize(3).allSatisfy(output -> {
                assertThat(output.get("status").asString()).isEqualTo("drafted");
                assertThat(output.get("provenance").get("engine").asString()).isEqualTo("local");
                assertThat(output.get("provenance").get("model").asString()).isEqualTo("openai/test-model");
                assertThat(output.get("usage").get("promptTokens").asInt()).isPositive();
                assertThat(output.get("usage").get("completionTokens").asInt()).isPositive();
                assertThat(output.get("usage").get("estimatedCost").asDouble()).isPositive();
            });
            assertThat(run.err() + Files.readString(out.resolve("report.json"))).doesNotContain(API_KEY);
        }
    }

    @Test
    void a_server_failing_every_call_marks_its_output_failed_while_other_routes_still_draft_and_exits_1() throws Exception {
        Path out = dir.resolve("failed");
        try (ScriptedModelServer server = new ScriptedModelServer()) {
            server.script(r -> new ScriptedModelServer.Answer.Status(500, Map.of("Content-Type", "application/json"),
                    "{\"error\":{\"message\":\"The server had an error while processing your request.\"}}"));

            CliRun run = translate(server, out, "--to", "vi,ru", "--route", "vi=local");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(TransdeskCli.FINDINGS);
            assertThat(server.requests()).isNotEmpty();
            JsonNode report = JsonRows.JSON.readTree(out.resolve("report.json").toFile());
            JsonNode vi = report.get("outputs").get(0);
            assertThat(vi.get("output").asString()).isEqualTo("vi");
            assertThat(vi.get("status").asString()).isEqualTo("failed");
            assertThat(vi.get("error").asString()).contains("HTTP 500", "gave up after 2 attempts");
            assertThat(report.get("outputs").get(1).get("status").asString()).as("ru stays on the offline route").isEqualTo("drafted");
            assertThat(out.resolve("vi.md")).doesNotExist();
            assertThat(out.resolve("ru.md")).exists();
            assertThat(run.err()).contains("vi failed").doesNotContain(API_KEY);
        }
    }

    private CliRun translate(ScriptedModelServer server, Path out, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("translate", "--in", sampleArticle().toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--spring.datasource.url=" + databaseUrl,
                "--transdesk.llm.providers.local.type=openai",
                "--transdesk.llm.providers.local.base-url=" + server.baseUrl(),
                "--transdesk.llm.providers.local.model=test-model",
                "--transdesk.llm.providers.local.api-key=" + API_KEY,
                "--transdesk.llm.providers.local.timeout=10s",
                "--transdesk.llm.providers.local.max-attempts=2",
                "--transdesk.llm.providers.local.retry-backoff=10ms",
                "--transdesk.llm.providers.local.input-price-per-million=0.15",
                "--transdesk.llm.providers.local.output-price-per-million=0.60"));
        return CliRun.of(args.toArray(String[]::new));
    }

    private Path sampleArticle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            return Files.write(dir.resolve("asean-russia-2021-04-15.txt"), in.readAllBytes());
        }
    }
}
