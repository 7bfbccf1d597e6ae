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
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Real human translations must raise few errors: every translation check runs over FLORES-200 devtest
 * (en→vi, en→ru) and WMT newstest2019/2020 (en→ru), one line = one paragraph, and no check may flag more than
 * 2% of the rows with an ERROR on any data set. The cross-output check runs over the FLORES vi and ru lines of
 * the same English line. Rates go to {@code target/qa-parallel-rates.md}, examples of the ERRORs and WARNINGs to
 * {@code target/qa-parallel-examples.md} (for calibrating).
 *
 * <p>Data: {@code ../shared/eval/translation/} relative to the working directory, or the directory given by the
 * system property {@code transdesk.eval.dir}; skipped when absent.
 */
class RealParallelDataTest {

    static final double MAX_ERROR_RATE = 0.02;

    /** Examples written per check and severity; {@code -Dqa.examples=1000} to see them all. */
    static final int EXAMPLES = Integer.getInteger("qa.examples", 12);

    /**
     * A small news glossary, to exercise Russian inflection ("Китая", "России") and overlapping terms ("Japan"
     * inside "Japan Airlines"). Where human translators chose another rendering ("Trung Hoa" for China,
     * "немецких" for Germany's) the check rightly reports a glossary violation: those count as errors here.
     */
    static final List<GlossaryEntry> GLOSSARY = List.of(
            country("Russia", "Россия", "Nga"),
            country("China", "Китай", "Trung Quốc"),
            country("Japan", "Япония", "Nhật Bản"),
            country("Germany", "Германия", "Đức"),
            country("France", "Франция", "Pháp"),
            GlossaryEntry.of("police", Map.of("ru", "полиция", "vi", "cảnh sát")),
            GlossaryEntry.doNotTranslate("Japan Airlines"),
            GlossaryEntry.doNotTranslate("iPhone"));

    private static GlossaryEntry country(String en, String ru, String vi) {
        return new GlossaryEntry(en, Map.of("ru", ru, "vi", vi), false, true);
    }

    record DataSet(String name, String sourceFile, String targetFile, String targetLang) {
    }

    static final List<DataSet> DATA_SETS = List.of(
            new DataSet("FLORES en→vi", "eng_Latn.devtest", "vie_Latn.devtest", "vi"),
            new DataSet("FLORES en→ru", "eng_Latn.devtest", "rus_Cyrl.devtest", "ru"),
            new DataSet("WMT19 en→ru", "newstest2019-enru.eng", "newstest2019-enru.rus", "ru"),
            new DataSet("WMT20 en→ru", "newstest2020-enru.eng", "newstest2020-enru.rus", "ru"));

    static final String CROSS = "FLORES vi↔ru";

    static Path evalDir() {
        String override = System.getProperty("transdesk.eval.dir");
        return override != null && !override.isBlank() ? Path.of(override) : Path.of("..", "shared", "eval");
    }

    /** Rows with at least one finding of a severity, per check. */
    static final class Rates {
        final int rows;
        final Map<String, Integer> errors = new LinkedHashMap<>();
        final Map<String, Integer> warnings = new LinkedHashMap<>();

        Rates(int rows) {
            this.rows = rows;
        }

        double errorRate(String check) {
            return errors.getOrDefault(check, 0) / (double) rows;
        }

        double warningRate(String check) {
            return warnings.getOrDefault(check, 0) / (double) rows;
        }
    }

    @Test
    void humanTranslationsRaiseFewErrorsPerCheck() throws IOException {
        Path dir = evalDir().resolve("translation");
        for (DataSet d : DATA_SETS) {
            assumeTrue(Files.isRegularFile(dir.resolve(d.sourceFile())) && Files.isRegularFile(dir.resolve(d.targetFile())),
                    "Real parallel data not found in " + dir.toAbsolutePath().normalize()
                            + " (set -Dtransdesk.eval.dir=… to the eval folder): skipping the calibration test.");
        }
        QaChecks qa = new QaChecks();
        Map<String, Rates> results = new LinkedHashMap<>();
        StringBuilder examples = new StringBuilder("# ERROR and WARNING findings on human translations (first " + EXAMPLES + " per check and severity)\n");
        for (DataSet d : DATA_SETS) {
            List<String> src = read(dir.resolve(d.sourceFile()));
            List<String> tgt = read(dir.resolve(d.targetFile()));
            assertEquals(src.size(), tgt.size(), d.name() + " is not aligned");
            Rates r = new Rates(src.size());
            Map<String, Integer> shown = new LinkedHashMap<>();
            examples.append("\n## ").append(d.name()).append('\n');
            for (int row = 0; row < src.size(); row++) {
                List<QaFinding> f = qa.checkTranslation(
                        TranslationUnderReview.of("en", d.targetLang(), src.get(row), tgt.get(row)), GLOSSARY);
                int n = row;
                count(r, f, shown, examples, x -> "- " + x.check() + " line " + (n + 1) + ": " + x.message()
                        + "\n  - en: " + src.get(n) + "\n  - " + d.targetLang() + ": " + tgt.get(n) + "\n");
            }
            results.put(d.name(), r);
        }

        List<String> en = read(dir.resolve("eng_Latn.devtest"));
        List<String> vi = read(dir.resolve("vie_Latn.devtest"));
        List<String> ru = read(dir.resolve("rus_Cyrl.devtest"));
        Rates cross = new Rates(vi.size());
        Map<String, Integer> shown = new LinkedHashMap<>();
        examples.append("\n## ").append(CROSS).append('\n');
        for (int row = 0; row < vi.size(); row++) {
            List<QaFinding> f = qa.checkConsistency(List.of(vi.get(row)), List.of(ru.get(row)));
            int n = row;
            count(cross, f, shown, examples, x -> "- line " + (n + 1) + ": " + x.message() + "\n  - en: "
                    + en.get(n) + "\n  - vi: " + vi.get(n) + "\n  - ru: " + ru.get(n) + "\n");
        }
        results.put(CROSS, cross);

        String table = table(results);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "qa-parallel-rates.md"), table, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "qa-parallel-examples.md"), examples, StandardCharsets.UTF_8);

        List<Executable> asserts = new ArrayList<>();
        results.forEach((set, r) -> checksOf(set).forEach(check -> asserts.add(() -> assertTrue(
                r.errorRate(check) < MAX_ERROR_RATE,
                String.format(Locale.ROOT, "%s: check %s flags %.2f%% of human translations as ERROR (limit %.0f%%)",
                        set, check, 100 * r.errorRate(check), 100 * MAX_ERROR_RATE)))));
        assertAll(asserts);
    }

    private static List<String> checksOf(String set) {
        return set.equals(CROSS) ? List.of(QaChecks.CROSS_OUTPUT_CHECK) : QaChecks.TRANSLATION_CHECKS;
    }

    static void count(Rates r, List<QaFinding> findings, Map<String, Integer> shown, StringBuilder examples,
                              Function<QaFinding, String> describe) {
        findings.stream().filter(f -> f.severity() == Severity.ERROR).map(QaFinding::check).distinct()
                .forEach(c -> r.errors.merge(c, 1, Integer::sum));
        findings.stream().filter(f -> f.severity() == Severity.WARNING).map(QaFinding::check).distinct()
                .forEach(c -> r.warnings.merge(c, 1, Integer::sum));
        for (QaFinding f : findings) {
            if (f.severity() != Severity.INFO && shown.merge(f.severity() + " " + f.check(), 1, Integer::sum) <= EXAMPLES) {
                examples.append(f.severity()).append(' ').append(describe.apply(f));
            }
        }
    }

    static String table(Map<String, Rates> results) {
        StringBuilder sb = new StringBuilder("# QA checks on human translations: rows flagged, ERROR % / WARNING %\n\n");
        sb.append("| check |");
        results.forEach((set, r) -> sb.append(' ').append(set).append(" (").append(r.rows).append(") |"));
        sb.append("\n|---|");
        results.forEach((set, r) -> sb.append("---|"));
        sb.append('\n');
        List<String> checks = new ArrayList<>(QaChecks.TRANSLATION_CHECKS);
        checks.add(QaChecks.CROSS_OUTPUT_CHECK);
        for (String check : checks) {
            sb.append("| ").append(check).append(" |");
            results.forEach((set, r) -> sb.append(checksOf(set).contains(check)
                    ? String.format(Locale.ROOT, " %.2f / %.2f |", 100 * r.errorRate(check), 100 * r.warningRate(check))
                    : " – |"));
            sb.append('\n');
        }
        return sb.toString();
    }

    static List<String> read(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}
