package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transdesk.llm.internal.offline.ExtractiveSummarizer;
import org.transdesk.memory.SentenceSplitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Summary quality on the shared evaluation sets: the offline summariser against the Lead-3 baseline,
 * same rows, same sentence splitter, same {@link Rouge} code. Also "Lead at the same budget" (first
 * sentences while they fit), to show how much of the difference is the budget and how much the ranking.
 *
 * <p>Run: {@code ./mvnw -q test -Pbenchmark -Dtest=SummaryQualityBenchmark}. Eval data comes from
 * {@code ../shared/eval} (override with {@code -Dtransdesk.eval.dir=...}); without it the test is skipped.
 * Writes {@code target/benchmarks/summary-quality.md}.
 *
 * <p>Word budget: 100 words for both sets (a fixed choice, stated in the table). Summariser settings:
 * {@link ExtractiveSummarizer.Settings#DEFAULT}, the same for English and Vietnamese. These were chosen
 * on these very rows (there is no separate test split), so the margins are optimistic.
 */
@Tag("benchmark")
class SummaryQualityBenchmark {

    private static final int WORD_BUDGET = 100;
    private static final int TIMED_PASSES = 3;

    private record EvalSet(String file, Locale language) {
    }

    private record Row(List<String> paragraphs, String reference) {
    }

    /** Mean scores (0-100) and mean candidate length in ROUGE tokens. */
    private record Result(String system, String budget, double words, double r1, double r2, double rl, String speed) {
    }

    private static final List<EvalSet> SETS = List.of(
            new EvalSet("cnndm-dev.jsonl", Locale.ENGLISH),
            new EvalSet("vietnews-dev.jsonl", Locale.forLanguageTag("vi")));

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    /**
     * The same summariser with its ranking graph capped far below these articles' length (median 18-19
     * sentences), so the lead-plus-centroid preselection that bounds the work on huge articles is measured
     * on real news: how much quality it costs when it does bite.
     */
    private static final int SMALL_CAP = 12;
    private final ExtractiveSummarizer capped = new ExtractiveSummarizer(ExtractiveSummarizer.Settings.DEFAULT.withMaxRankedSentences(SMALL_CAP));

    @Test
    void offline_summariser_against_lead_3() throws IOException {
        Path evalDir = Path.of(System.getProperty("transdesk.eval.dir", Path.of("..", "shared", "eval").toString()));
        Path summarization = evalDir.resolve("summarization");
        Assumptions.assumeTrue(Files.isDirectory(summarization),
                "No evaluation data at " + summarization.toAbsolutePath()
                        + ": skipping the summary benchmark (set -Dtransdesk.eval.dir to run it)");

        StringBuilder report = new StringBuilder("""
                # Summary quality: offline extractive summariser vs Lead-3

                ROUGE F1 x100, averaged over rows; lower-cased Unicode word tokens, no stemming; ROUGE-L by LCS \
                over the whole text (not Lsum). Words = mean summary length in ROUGE tokens. \
                Settings: %s, one set for all languages.

                | set | rows | system | budget (words) | words | ROUGE-1 | ROUGE-2 | ROUGE-L | articles/s (1 thread) |
                |---|---|---|---|---|---|---|---|---|
                """.formatted(ExtractiveSummarizer.Settings.DEFAULT));
        for (EvalSet set : SETS) {
            List<Row> rows = read(summarization.resolve(set.file()));
            assertThat(rows).as(set.file()).isNotEmpty();

            Result offline = score("offline extractive", String.valueOf(WORD_BUDGET), rows,
                    row -> summarizer.summarize(row.paragraphs(), set.language(), WORD_BUDGET));
            offline = new Result(offline.system(), offline.budget(), offline.words(), offline.r1(), offline.r2(),
                    offline.rl(), "%.0f".formatted(articlesPerSecond(rows, set.language())));
            Result cappedResult = score("offline extractive, graph capped at " + SMALL_CAP + " sentences", String.valueOf(WORD_BUDGET), rows,
                    row -> capped.summarize(row.paragraphs(), set.language(), WORD_BUDGET));
            Result lead3 = score("Lead-3", "-", rows,
                    row -> first(SentenceSplitter.split(row.paragraphs(), set.language()), 3));
            Result leadAtBudget = score("Lead (first sentences that fit)", String.valueOf(WORD_BUDGET), rows,
                    row -> leadWithin(SentenceSplitter.split(row.paragraphs(), set.language()), WORD_BUDGET));

            for (Result result : List.of(offline, cappedResult, lead3, leadAtBudget)) {
                report.append("| %s | %d | %s | %s | %.1f | %.2f | %.2f | %.2f | %s |%n".formatted(
                        set.file().replace(".jsonl", ""), rows.size(), result.system(), result.budget(),
                        result.words(), result.r1(), result.r2(), result.rl(), result.speed()));
            }
            assertThat(offline.r1()).as("%s ROUGE-1 vs Lead-3", set.file()).isGreaterThan(lead3.r1());
            assertThat(offline.r2()).as("%s ROUGE-2 vs Lead-3", set.file()).isGreaterThan(lead3.r2());
        }

        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "summary-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static List<Row> read(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            // VietNews has one sentence per line, CNN/DM one raw paragraph: lines are the paragraphs
            List<String> paragraphs = Arrays.asList(node.get("article").asString().split("\n"));
            rows.add(new Row(paragraphs, node.get("reference").asString()));
        }
        return rows;
    }

    private static Result score(String system, String budget, List<Row> rows, Function<Row, List<String>> summarise) {
        double words = 0, r1 = 0, r2 = 0, rl = 0;
        for (Row row : rows) {
            String candidate = String.join(" ", summarise.apply(row));
            Rouge.Scores scores = Rouge.score(candidate, row.reference());
            words += Rouge.tokens(candidate).size();
            r1 += scores.rouge1();
            r2 += scores.rouge2();
            rl += scores.rougeL();
        }
        int n = rows.size();
        return new Result(system, budget, words / n, 100 * r1 / n, 100 * r2 / n, 100 * rl / n, "");
    }

    /** One warm-up pass, then {@value #TIMED_PASSES} timed passes over all rows on this thread. */
    private double articlesPerSecond(List<Row> rows, Locale language) {
        int sink = 0;
        for (Row row : rows) {
            sink += summarizer.summarize(row.paragraphs(), language, WORD_BUDGET).size();
        }
        long start = System.nanoTime();
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            for (Row row : rows) {
                sink += summarizer.summarize(row.paragraphs(), language, WORD_BUDGET).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(sink).isPositive(); // keeps the work observable
        return TIMED_PASSES * rows.size() / seconds;
    }

    private static List<String> first(List<String> sentences, int count) {
        return sentences.subList(0, Math.min(count, sentences.size()));
    }

    /** Article order, stopping at the first sentence that would exceed the budget (the first is always kept). */
    private static List<String> leadWithin(List<String> sentences, int budget) {
        List<String> chosen = new ArrayList<>();
        int words = 0;
        for (String sentence : sentences) {
            int length = Rouge.tokens(sentence).size();
            if (!chosen.isEmpty() && words + length > budget) {
                break;
            }
            chosen.add(sentence);
            words += length;
        }
        return chosen;
    }
}
