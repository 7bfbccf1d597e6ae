package org.transdesk.qa;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.transdesk.qa.RealParallelDataTest.Rates;

/**
 * The cross-output check on every pair of the profiled languages (vi, ru, zh, fr, es), calibrated like the vi↔ru pair
 * in {@link RealParallelDataTest}: FLORES-200 devtest is multi-parallel (line n of every file translates the same
 * English sentence), so two human translations of a line must raise an ERROR on fewer than 2 % of the lines.
 * Data: {@code -Dtransdesk.eval.dir} or {@code ../shared/eval}; skipped with a message when absent.
 */
class CrossOutputPairsCalibrationTest {

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("vi", "vie_Latn.devtest");
        FILES.put("ru", "rus_Cyrl.devtest");
        FILES.put("zh", "zho_Hans.devtest");
        FILES.put("fr", "fra_Latn.devtest");
        FILES.put("es", "spa_Latn.devtest");
    }

    @Test
    void two_human_translations_of_the_same_lines_raise_few_errors_in_any_pair() throws IOException {
        Path dir = RealParallelDataTest.evalDir().resolve("translation");
        for (String file : FILES.values()) {
            assumeTrue(Files.isRegularFile(dir.resolve(file)), "FLORES-200 devtest " + file + " not found in "
                    + dir.toAbsolutePath().normalize() + " (set -Dtransdesk.eval.dir=… to the eval folder): skipping the pair calibration.");
        }
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (var e : FILES.entrySet()) {
            lines.put(e.getKey(), RealParallelDataTest.read(dir.resolve(e.getValue())));
        }
        List<String> en = RealParallelDataTest.read(dir.resolve("eng_Latn.devtest"));
        QaChecks qa = new QaChecks();
        Map<String, Rates> results = new LinkedHashMap<>();
        StringBuilder examples = new StringBuilder("# cross-output findings on two human translations (first "
                + RealParallelDataTest.EXAMPLES + " per severity and pair)\n");
        List<String> languages = List.copyOf(FILES.keySet());
        for (int i = 0; i < languages.size(); i++) {
            for (int j = i + 1; j < languages.size(); j++) {
                String a = languages.get(i);
                String b = languages.get(j);
                List<String> x = lines.get(a);
                List<String> y = lines.get(b);
                assertEquals(x.size(), y.size(), a + "/" + b + " not aligned");
                assertTrue(QaChecks.crossCheckable(a, b), a + " and " + b + " are compared");
                String pair = "FLORES " + a + "↔" + b;
                Rates r = new Rates(x.size());
                Map<String, Integer> shown = new LinkedHashMap<>();
                examples.append("\n## ").append(pair).append('\n');
                for (int row = 0; row < x.size(); row++) {
                    List<QaFinding> f = qa.checkConsistency(a, List.of(x.get(row)), b, List.of(y.get(row)));
                    int n = row;
                    RealParallelDataTest.count(r, f, shown, examples, q -> "- line " + (n + 1) + ": " + q.message() + "\n  - en: " + en.get(n)
                            + "\n  - " + a + ": " + x.get(n) + "\n  - " + b + ": " + y.get(n) + "\n");
                }
                results.put(pair, r);
            }
        }
        StringBuilder table = new StringBuilder("| pair (FLORES devtest, 1012 lines) | cross-output ERROR % | WARNING % |\n|---|---|---|\n");
        results.forEach((pair, r) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", pair,
                100 * r.errorRate(QaChecks.CROSS_OUTPUT_CHECK), 100 * r.warningRate(QaChecks.CROSS_OUTPUT_CHECK))));
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "cross-output-pairs-rates.md"), table, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "cross-output-pairs-examples.md"), examples, StandardCharsets.UTF_8);

        List<Executable> asserts = new ArrayList<>();
        results.forEach((pair, r) -> asserts.add(() -> assertTrue(r.errorRate(QaChecks.CROSS_OUTPUT_CHECK) < RealParallelDataTest.MAX_ERROR_RATE,
                String.format(Locale.ROOT, "%s: the cross-output check flags %.2f%% of line pairs as ERROR (limit %.0f%%)",
                        pair, 100 * r.errorRate(QaChecks.CROSS_OUTPUT_CHECK), 100 * RealParallelDataTest.MAX_ERROR_RATE))));
        assertAll(asserts);
    }
}
