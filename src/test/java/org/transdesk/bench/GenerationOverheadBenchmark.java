package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;

/**
 * What the adapter adds on top of the model: the sample article's vi, ru and summary drafts
 * through {@link GenerationService} against a local OpenAI-compatible server that answers every
 * call after a fixed 200 ms. The floor is the longest single output's model time (its calls x
 * 200 ms, since an output's chunks go one after another while outputs run in parallel); the
 * overhead is wall time minus that floor. Also the prompt tokens sent per source token (both by
 * the 4-characters-per-token rule; the server reports the whole request body, JSON included).
 *
 * <p>Run: {@code ./mvnw -q test -Pbenchmark -Dtest=GenerationOverheadBenchmark}. Writes
 * {@code target/benchmarks/generation-overhead.md}. The cache is off so every run calls the server.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:generation-overhead;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.cache-size=0",
        "transdesk.llm.routes.default=bench",
        "transdesk.llm.providers.bench.type=openai",
        "transdesk.llm.providers.bench.model=bench-model",
        "transdesk.llm.providers.bench.streaming=false",
        "transdesk.llm.providers.bench.timeout=30s",
        "logging.level.org.transdesk=warn"})
@WithMockUser(username = "editor", roles = "EDITOR")
class GenerationOverheadBenchmark {

    static final Duration MODEL_TIME = Duration.ofMillis(200);
    static final int WARM_UP = 15;
    static final int RUNS = 10;
    static final ScriptedModelServer SERVER = startServer();
    static final Path SAMPLE = Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt");

    @Autowired
    GenerationService generation;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.bench.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void wall_time_for_three_outputs_against_the_model_floor() throws IOException {
        SERVER.delay(MODEL_TIME);
        String sample = Files.readString(SAMPLE);
        String report = measure("Sample `asean-russia-2021-04-15.txt` (11 paragraphs + headline)", sample)
                + "\n" + measure("40-paragraph article (the sample's paragraphs, numbered, repeated to 40)", fortyParagraphs(sample));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "generation-overhead.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String measure(String name, String text) {
        List<Long> walls = new ArrayList<>();
        Run last = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            Run run = once(text);
            if (i >= WARM_UP) {
                walls.add(run.wallMs);
                last = run;
            }
        }
        walls.sort(null);
        long median = walls.get(walls.size() / 2);
        long floor = last.callsPerOutput.values().stream().mapToLong(c -> c * MODEL_TIME.toMillis()).max().orElseThrow();
        Article article = last.article;
        long sourceTokens = tokens(article.title()) + article.paragraphs().stream().mapToLong(GenerationOverheadBenchmark::tokens).sum();
        Map<Output, Long> promptTokens = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            Draft draft = drafts.find(article.id(), output).orElseThrow();
            promptTokens.put(output, draft.provenance().promptTokens());
        }
        long allPrompt = promptTokens.values().stream().mapToLong(Long::longValue).sum();
        assertThat(last.failures).as(name).isEmpty();
        assertThat(median).isGreaterThanOrEqualTo(floor);
        return report(name, walls, median, floor, last, sourceTokens, promptTokens, allPrompt);
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

    private record Run(Article article, long wallMs, Map<Output, Long> callsPerOutput, Map<Output, Long> latencyMs,
                       Map<Output, String> failures) {
    }

    private Run once(String text) {
        Article article = articles.importText(text);
        int before = SERVER.requests().size();
        Map<Output, String> failures = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        generation.start(article.id(), EnumSet.allOf(Output.class), new GenerationObserver() {
            @Override
            public void failed(Output output, String message) {
                failures.put(output, message);
            }
        }).await();
        long wall = (System.nanoTime() - start) / 1_000_000;
        Map<Output, Long> calls = new EnumMap<>(Output.class);
        for (var request : SERVER.requests().subList(before, SERVER.requests().size())) {
            Output output = request.isSummary() ? Output.SUMMARY : request.wantsRussian() ? Output.RU : Output.VI;
            calls.merge(output, 1L, Long::sum);
        }
        Map<Output, Long> latency = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            drafts.find(article.id(), output).ifPresent(d -> latency.put(output, d.provenance().latencyMs()));
        }
        return new Run(article, wall, calls, latency, failures);
    }

    private static String report(String name, List<Long> walls, long median, long floor, Run last, long sourceTokens,
                                 Map<Output, Long> promptTokens, long allPrompt) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(name).append(": local server answering after ").append(MODEL_TIME.toMillis()).append(" ms\n\n");
        md.append("Outputs vi + ru + summary started together through `GenerationService`, ")
                .append("provider `openai` (non-streaming) against a local chat-completions test server, cache off. ")
                .append(WARM_UP).append(" warm-up runs, ").append(RUNS).append(" timed runs. JDK ").append(Runtime.version())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, load average at the end ")
                .append(String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" (the machine is shared: absolute times are indicative).\n\n");
        md.append("| measure | value |\n|---|---|\n");
        md.append("| wall time, median (min-max) | ").append(median).append(" ms (").append(walls.getFirst()).append('-').append(walls.getLast()).append(" ms) |\n");
        md.append("| floor: longest single output's model time | ").append(floor).append(" ms |\n");
        md.append("| overhead over the floor, median | ").append(median - floor).append(" ms")
                .append(String.format(Locale.ROOT, " (%.1f %% of the floor)", 100.0 * (median - floor) / floor)).append(" |\n");
        md.append("| model calls per output (vi / ru / summary) | ").append(last.callsPerOutput.get(Output.VI)).append(" / ")
                .append(last.callsPerOutput.get(Output.RU)).append(" / ").append(last.callsPerOutput.get(Output.SUMMARY)).append(" |\n");
        md.append("| per-output engine latency, last run (vi / ru / summary) | ").append(last.latencyMs.get(Output.VI)).append(" / ")
                .append(last.latencyMs.get(Output.RU)).append(" / ").append(last.latencyMs.get(Output.SUMMARY)).append(" ms |\n");
        long slowest = last.latencyMs.values().stream().mapToLong(Long::longValue).max().orElse(0);
        md.append("| last run: wall minus slowest engine latency (draft bookkeeping, scheduling) | ").append(last.wallMs - slowest).append(" ms |\n");
        md.append("| source tokens (title + paragraphs) | ").append(sourceTokens).append(" |\n");
        for (Output output : Output.values()) {
            md.append("| prompt tokens sent for ").append(output.key()).append(" | ").append(promptTokens.get(output))
                    .append(String.format(Locale.ROOT, " (%.2f per source token)", promptTokens.get(output) / (double) sourceTokens)).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "| prompt tokens per source token, all three outputs | %.2f |%n", allPrompt / (double) sourceTokens));
        md.append("\nTokens by the 4-characters rule on both sides; the server counts the whole JSON request body ")
                .append("(instructions, style notes, markers, JSON syntax), so real tokenizers will differ.\n");
        return md.toString();
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
