package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.cli.TransdeskCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Throughput of the {@code qa} command (JSONL in, every check, JSONL out, one thread) on the shared
 * human translations: FLORES-200 devtest en→vi and en→ru, WMT newstest2019/2020 en→ru. Also how many
 * findings each check raised there: on professional translations, errors are mostly false alarms.
 *
 * <p>Run: {@code ./mvnw -q test -Pbenchmark -Dtest=QaThroughputBenchmark -Dtransdesk.eval.dir=/work/shared/eval}.
 * Writes {@code target/benchmarks/qa-throughput.md}. Each set runs once to warm up, then once timed.
 */
@Tag("benchmark")
class QaThroughputBenchmark {

    private record PairSet(String name, String sourceFile, String targetFile, String lang) {
    }

    private static final List<PairSet> SETS = List.of(
            new PairSet("FLORES-200 devtest en-vi", "eng_Latn.devtest", "vie_Latn.devtest", "vi"),
            new PairSet("FLORES-200 devtest en-ru", "eng_Latn.devtest", "rus_Cyrl.devtest", "ru"),
            new PairSet("WMT newstest2019 en-ru", "newstest2019-enru.eng", "newstest2019-enru.rus", "ru"),
            new PairSet("WMT newstest2020 en-ru", "newstest2020-enru.eng", "newstest2020-enru.rus", "ru"));

    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void qa_rows_per_second_and_findings_per_check_on_human_translations() throws IOException {
        Path evalDir = Path.of(System.getProperty("transdesk.eval.dir", Path.of("..", "shared", "eval").toString()));
        Path translation = evalDir.resolve("translation");
        Assumptions.assumeTrue(Files.isDirectory(translation), "No evaluation data at " + translation.toAbsolutePath()
                + ": skipping the QA throughput benchmark (set -Dtransdesk.eval.dir to run it)");

        StringBuilder table = new StringBuilder("""
                # QA throughput: `qa` command on human translations

                One JVM thread, the whole command (read JSONL, run every translation check, write JSONL), \
                no glossary; second of two runs per set. Findings per check as `check: errors/warnings/infos`.

                | set | rows | rows/s | rows with an error | findings per check (error/warning/info) |
                |---|---|---|---|---|
                """);
        for (PairSet set : SETS) {
            Path in = writeRows(set, translation);
            Path out = work.resolve(set.sourceFile() + "-" + set.lang() + ".findings.jsonl");
            run(in, out); // warm-up: class loading, JIT
            long start = System.nanoTime();
            int exit = run(in, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(exit).as(set.name()).isIn(TransdeskCli.OK, TransdeskCli.FINDINGS);

            List<String> rows = Files.readAllLines(out);
            assertThat(rows).as("every input row appears in the output").hasSize(Files.readAllLines(in).size());
            Map<String, int[]> perCheck = new TreeMap<>();
            int rowsWithError = 0;
            for (String row : rows) {
                boolean error = false;
                for (JsonNode finding : json.readTree(row).get("findings")) {
                    int[] counts = perCheck.computeIfAbsent(finding.get("check").asString(), c -> new int[3]);
                    switch (finding.get("severity").asString()) {
                        case "error" -> {
                            counts[0]++;
                            error = true;
                        }
                        case "warning" -> counts[1]++;
                        default -> counts[2]++;
                    }
                }
                rowsWithError += error ? 1 : 0;
            }
            StringBuilder checks = new StringBuilder();
            for (String check : new TreeSet<>(perCheck.keySet())) {
                int[] c = perCheck.get(check);
                checks.append(checks.isEmpty() ? "" : ", ").append("%s: %d/%d/%d".formatted(check, c[0], c[1], c[2]));
            }
            table.append("| %s | %d | %.0f | %d (%.1f%%) | %s |%n".formatted(set.name(), rows.size(), rows.size() / seconds,
                    rowsWithError, 100.0 * rowsWithError / rows.size(), checks));
        }
        System.out.println(table);
        Path report = Path.of("target", "benchmarks", "qa-throughput.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }

    private Path writeRows(PairSet set, Path translation) throws IOException {
        List<String> sources = Files.readAllLines(translation.resolve(set.sourceFile()));
        List<String> targets = Files.readAllLines(translation.resolve(set.targetFile()));
        assertThat(targets).as("aligned files").hasSameSizeAs(sources);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            ObjectNode row = json.createObjectNode();
            row.put("id", i + 1);
            row.put("source", sources.get(i));
            row.put("target", targets.get(i));
            row.put("lang", set.lang());
            rows.append(json.writeValueAsString(row)).append('\n');
        }
        return Files.writeString(work.resolve(set.targetFile() + ".jsonl"), rows);
    }

    private static int run(Path in, Path out) {
        StringWriter err = new StringWriter();
        return TransdeskCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "qa", "--in", in.toString(), "--out", out.toString());
    }
}
