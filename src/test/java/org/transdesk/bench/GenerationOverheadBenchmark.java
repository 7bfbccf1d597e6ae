package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.generation.GenerationSettings;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.security.Roles;
import org.transdesk.support.SignedIn;
import org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;

/**
 * What the pipeline adds on top of the model: vi, ru and summary drafts of an article through
 * {@link GenerationService} (prompt building with the sample glossary, the LangChain4j call,
 * validation, draft persistence, audit, events) against a local OpenAI-compatible server. The
 * server answers as long as the source (translations) or the word budget (summary) and charges a
 * fixed time per call plus a time per output token, counted from the request's arrival; streamed
 * answers start after the per-call time and come at the token rate.
 *
 * <p>The floor is the longest single output's model time (the sum of its calls' model times: an
 * output's chunks go one after another, while the three outputs run in parallel since the
 * provider's max-concurrency of 4 admits all three); the overhead is wall time minus that floor.
 * Server settings: like a hosted model (300 ms per call + 10 ms per output token, i.e. 100
 * tokens/s, faster than most), whole and streamed, and a per-call-only 200 ms server that leaves the
 * pipeline's own milliseconds nowhere to hide. Also the prompt tokens sent per source token.
 *
 * <p>Run: {@code ./mvnw -q test -Pbenchmark -Dtest=GenerationOverheadBenchmark}. Writes
 * {@code target/benchmarks/generation-overhead.md}. The cache is off so every run calls the server.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:generation-overhead;DB_CLOSE_DELAY=-1",
        "transdesk.llm.cache-size=0",
        "transdesk.llm.routes.default=bench",
        "transdesk.llm.providers.bench.type=openai",
        "transdesk.llm.providers.bench.model=bench-model",
        "transdesk.llm.providers.bench.streaming=false",
        "transdesk.llm.providers.bench.max-concurrency=4",
        "transdesk.llm.providers.bench.timeout=120s",
        "transdesk.llm.providers.bench-streamed.type=openai",
        "transdesk.llm.providers.bench-streamed.model=bench-model",
        "transdesk.llm.providers.bench-streamed.streaming=true",
        "transdesk.llm.providers.bench-streamed.max-concurrency=4",
        "transdesk.llm.providers.bench-streamed.timeout=120s",
        "logging.level.org.transdesk=warn"})
@WithMockUser(username = "editor", roles = "EDITOR")
class GenerationOverheadBenchmark {

    /** A server setting: time per call, time per output token, streamed or whole answers, timed runs. */
    record ServerSetting(String name, Duration perCall, Duration perToken, boolean streamed, int runs) {

        String provider() {
            return streamed ? "bench-streamed" : "bench";
        }
    }

    static final ServerSetting MODEL_LIKE = new ServerSetting("like a hosted model", Duration.ofMillis(300), Duration.ofMillis(10), false, 5);
    static final ServerSetting MODEL_LIKE_STREAMED = new ServerSetting("like a hosted model, streamed (the product's default)",
            Duration.ofMillis(300), Duration.ofMillis(10), true, 5);
    static final ServerSetting PER_CALL_ONLY = new ServerSetting("per call only", Duration.ofMillis(200), Duration.ZERO, false, 21);
    static final int WARM_UP = 50;
    static final ScriptedModelServer SERVER = startServer();
    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");

    /** The article being generated: segment id ("title", "p1", ...) to source text, for the server's answers. */
    static volatile Map<String, String> source = Map.of();

    @Autowired
    GenerationService generation;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired
    GenerationSettings generationSettings;
    @Autowired
    ModelSettingsService modelSettings;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.bench.base-url", SERVER::baseUrl);
        registry.add("transdesk.llm.providers.bench-streamed.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void wall_time_for_three_outputs_against_the_model_floor() throws IOException {
        int budget = generationSettings.wordBudget();
        SERVER.script(r -> Answer.text(r.isSummary() ? ServerAnswers.summary(source, budget) : ServerAnswers.translation(r.ids(), source, r.wantsRussian())));
        String sample = Files.readString(SAMPLE);
        StringBuilder report = new StringBuilder();
        for (var article : List.of(
                Map.entry("Sample `asean-russia-2021-04-15.txt` (headline + 11 paragraphs)", sample),
                Map.entry("40-paragraph article (the sample's paragraphs, numbered, repeated to 40)", fortyParagraphs(sample)))) {
            warmUp(article.getValue());
            report.append(measure(article.getKey(), article.getValue(), List.of(MODEL_LIKE, MODEL_LIKE_STREAMED, PER_CALL_ONLY))).append('\n');
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "generation-overhead.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** JIT warm-up: the same pipeline, whole and streamed, against a server without delay. */
    private void warmUp(String text) {
        SERVER.delay(Duration.ZERO).perOutputToken(Duration.ZERO);
        for (int i = 0; i < WARM_UP; i++) {
            route(i % 2 == 0 ? "bench" : "bench-streamed");
            assertThat(once(text).failures).as("warm-up").isEmpty();
        }
    }

    /** All outputs through this provider: a route change as an admin makes it in the settings view. */
    private void route(String provider) {
        SignedIn.as("admin", Roles.ADMIN, () -> modelSettings.setRoute("default", provider));
    }

    private String measure(String name, String text, List<ServerSetting> settings) {
        StringBuilder md = new StringBuilder("### ").append(name).append("\n\n");
        md.append("Outputs vi + ru + summary started together through `GenerationService`, provider `openai` (whole answers ")
                .append("unless streamed, max-concurrency 4) against the local test server, cache off, sample glossary loaded; ")
                .append(WARM_UP).append(" warm-up runs first. JDK ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs.\n\n");
        md.append("| server setting | runs | wall time, median (min-max) | floor | overhead, median | calls vi / ru / summary | output tokens vi / ru / summary | load |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        Run last = null;
        for (ServerSetting setting : settings) {
            SERVER.delay(setting.perCall()).perOutputToken(setting.perToken());
            route(setting.provider());
            List<Long> walls = new ArrayList<>();
            List<Long> floors = new ArrayList<>();
            List<Long> overheads = new ArrayList<>();
            for (int i = 0; i < setting.runs(); i++) {
                last = once(text);
                assertThat(last.failures).as(name).isEmpty();
                walls.add(last.wallMs);
                floors.add(last.floorMs());
                overheads.add(last.wallMs - last.floorMs());
            }
            long overhead = median(overheads);
            long floor = median(floors);
            md.append("| ").append(setting.name()).append(": ").append(setting.perCall().toMillis()).append(" ms per call + ")
                    .append(setting.perToken().toMillis()).append(" ms per output token | ").append(setting.runs())
                    .append(" | ").append(median(walls)).append(" ms (").append(min(walls)).append('-').append(max(walls)).append(") | ")
                    .append(floor).append(" ms | ").append(overhead).append(" ms (")
                    .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * overhead / floor)).append(") | ")
                    .append(last.per(Output.VI, c -> c.calls)).append(" / ").append(last.per(Output.RU, c -> c.calls)).append(" / ")
                    .append(last.per(Output.SUMMARY, c -> c.calls)).append(" | ")
                    .append(last.per(Output.VI, c -> c.outputTokens)).append(" / ").append(last.per(Output.RU, c -> c.outputTokens))
                    .append(" / ").append(last.per(Output.SUMMARY, c -> c.outputTokens)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                    .append(" |\n");
        }
        md.append("\nOverhead = wall time − floor per run, median over the runs; floor = the longest output's model time in that run.\n\n");
        return md + promptTokens(last.article);
    }

    private String promptTokens(Article article) {
        long sourceTokens = tokens(article.title()) + article.paragraphs().stream().mapToLong(GenerationOverheadBenchmark::tokens).sum();
        StringBuilder md = new StringBuilder("| prompt tokens sent (4-characters rule, whole JSON request) | value |\n|---|---|\n");
        md.append("| source tokens (title + paragraphs) | ").append(sourceTokens).append(" |\n");
        long all = 0;
        for (Output output : Output.defaults()) {
            Draft draft = drafts.find(article.id(), output).orElseThrow();
            long sent = draft.provenance().promptTokens();
            all += sent;
            md.append("| for ").append(output.key()).append(" | ").append(sent)
                    .append(String.format(Locale.ROOT, " (%.2f per source token)", sent / (double) sourceTokens)).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "| all three outputs | %d (%.2f per source token) |%n", all, all / (double) sourceTokens));
        return md.toString();
    }

    /** The sample's body paragraphs, each prefixed with its number so no two are alike, up to 40. */
    private static String fortyParagraphs(String sample) {
        List<String> lines = sample.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder text = new StringBuilder("Forty paragraphs on ASEAN and Russia\n");
        for (int i = 0; i < 40; i++) {
            text.append("Item ").append(i + 1).append(": ").append(lines.get(1 + i % (lines.size() - 1)).strip()).append('\n');
        }
        return text.toString();
    }

    /** What the server did for one output in one run. */
    private static final class Calls {
        long calls;
        long modelMs;
        long outputTokens;
    }

    private record Run(Article article, long wallMs, Map<Output, Calls> calls, Map<Output, String> failures) {

        long floorMs() {
            return calls.values().stream().mapToLong(c -> c.modelMs).max().orElseThrow();
        }

        long per(Output output, java.util.function.ToLongFunction<Calls> value) {
            return calls.containsKey(output) ? value.applyAsLong(calls.get(output)) : 0;
        }
    }

    private Run once(String text) {
        Article article = articles.importText(text);
        Map<String, String> byId = new HashMap<>();
        List<String> segments = article.segments();
        for (int i = 0; i < segments.size(); i++) {
            byId.put(i == 0 ? "title" : "p" + i, segments.get(i));
        }
        source = byId;
        int before = SERVER.served().size();
        Map<Output, String> failures = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        generation.start(article.id(), new java.util.LinkedHashSet<>(Output.defaults()), new GenerationObserver() {
            @Override
            public void failed(Output output, String message) {
                failures.put(output, message);
            }
        }).await();
        long wall = (System.nanoTime() - start) / 1_000_000;
        Map<Output, Calls> calls = new java.util.LinkedHashMap<>();
        List<ScriptedModelServer.Served> served = SERVER.served();
        for (var call : served.subList(before, served.size())) {
            Output output = call.request().isSummary() ? Output.SUMMARY : call.request().wantsRussian() ? Output.RU : Output.VI;
            Calls c = calls.computeIfAbsent(output, o -> new Calls());
            c.calls++;
            c.modelMs += call.modelTime().toMillis();
            c.outputTokens += call.outputTokens();
        }
        return new Run(article, wall, calls, failures);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static long tokens(String text) {
        return Math.max(1, (text.codePointCount(0, text.length()) + 3) / 4);
    }

    private static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
