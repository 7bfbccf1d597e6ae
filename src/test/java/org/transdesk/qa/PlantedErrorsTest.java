package org.transdesk.qa;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.transdesk.qa.PlantedErrors.Case;
import org.transdesk.qa.PlantedErrors.Kind;

/**
 * Recall of the translation checks on planted errors: {@link PlantedErrors} plants one error of each kind into
 * human translations of the shared FLORES/WMT data (fixed seed, so every run plants the same cases), and a case
 * counts as caught when the checks raise an ERROR on the planted text that they do not raise on the human one.
 * Every kind must be caught at ERROR in at least 90% of the cases per target language, except the
 * {@link #KNOWN_SHORTFALL known shortfalls}, held at their measured recall. The table goes to
 * {@code target/qa-planted-recall.md}, the misses to {@code target/qa-planted-misses.md}.
 *
 * <p>Data as for {@link RealParallelDataTest}; skipped when absent.
 */
class PlantedErrorsTest {

    static final long SEED = 20260417L;
    static final int PER_KIND = 150;
    /** FLORES vi has only 28 rows whose human translation uses a term of the test glossary. */
    static final int MIN_CASES = 25;
    /** Checks that look at the sentences inside a paragraph. */
    static final List<String> SENTENCE_CHECKS = List.of("missing-sentence", "untranslated-sentence");
    /** The target of issue #17 for every kind, at ERROR. */
    static final double MIN_RECALL = 0.90;

    /**
     * Kinds whose checks do not reach {@link #MIN_RECALL} yet: the test holds them at what they reach today (fixed
     * seed, so the figures do not move unless the checks do), so that a regression fails; raise these as the checks
     * improve and delete an entry once its kind reaches the target. None today. History at ERROR: name dropped ru
     * 72.7 % → 86.2 % (possessive, attributive and headline names and words no dictionary knows sure when the
     * translation has no trace of them) → 90.4 % (hyphenated compounds planted whole; G-names agree in the first
     * sound; acronyms and common words after a name no longer stand for it; "that" is no determiner; a surname
     * after a title with no pronoun in the translation is sure); vi reached 94.0 % once names before a noun and
     * possessives count as sure there; sentence dropped ru reached 91.3 % once the sentence aligner took a drop as
     * likely as a merge.
     */
    static final Map<String, Double> KNOWN_SHORTFALL = Map.of();

    private record Outcome(Case c, boolean error, boolean any, Set<String> by) {
    }

    @Test
    void plantedErrorsAreCaughtAtErrorLevel() throws IOException {
        Path dir = RealParallelDataTest.evalDir().resolve("translation");
        for (RealParallelDataTest.DataSet d : RealParallelDataTest.DATA_SETS) {
            assumeTrue(Files.isRegularFile(dir.resolve(d.sourceFile())) && Files.isRegularFile(dir.resolve(d.targetFile())),
                    "Real parallel data not found in " + dir.toAbsolutePath().normalize()
                            + " (set -Dtransdesk.eval.dir=… to the eval folder): skipping the planted-error test.");
        }
        QaChecks qa = new QaChecks();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, double[]> control = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> controlByCheck = new LinkedHashMap<>();
        for (RealParallelDataTest.DataSet d : RealParallelDataTest.DATA_SETS) {
            List<String> src = read(dir.resolve(d.sourceFile()));
            List<String> tgt = read(dir.resolve(d.targetFile()));
            for (Case c : PlantedErrors.plant(d.name(), d.targetLang(), src, tgt, RealParallelDataTest.GLOSSARY,
                    PER_KIND, SEED)) {
                outcomes.add(judge(qa, c));
            }
            // the human paragraphs the multi-sentence cases are made of: how often they carry an ERROR already
            int paragraphs = 0;
            int flagged = 0;
            for (int i = 0; i + PlantedErrors.PARAGRAPH_ROWS <= src.size(); i += PlantedErrors.PARAGRAPH_ROWS) {
                paragraphs++;
                List<QaFinding> errors = errors(qa, d.targetLang(), PlantedErrors.paragraph(src, i),
                        PlantedErrors.paragraph(tgt, i));
                if (!errors.isEmpty()) {
                    flagged++;
                }
                errors.stream().map(QaFinding::check).distinct().forEach(c -> controlByCheck
                        .computeIfAbsent(d.name(), x -> new TreeMap<>()).merge(c, 1, Integer::sum));
            }
            control.put(d.name(), new double[] {paragraphs, flagged});
        }

        String table = table(outcomes, control, controlByCheck);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "qa-planted-recall.md"), table, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "qa-planted-misses.md"), misses(outcomes), StandardCharsets.UTF_8);

        List<Executable> asserts = new ArrayList<>();
        // the sentence-level checks act only on paragraphs of several sentences: their false errors are measured there
        for (String set : control.keySet()) {
            for (String check : SENTENCE_CHECKS) {
                double rate = controlByCheck.getOrDefault(set, Map.of()).getOrDefault(check, 0) / control.get(set)[0];
                asserts.add(() -> assertTrue(rate < RealParallelDataTest.MAX_ERROR_RATE, String.format(Locale.ROOT,
                        "%s: check %s flags %.2f%% of human 3-row paragraphs as ERROR (limit 2%%)", set, check,
                        100 * rate)));
            }
        }
        for (Kind k : Kind.values()) {
            for (String lang : List.of("vi", "ru")) {
                List<Outcome> of = outcomes.stream().filter(o -> o.c().kind() == k && o.c().lang().equals(lang)).toList();
                double recall = of.stream().filter(Outcome::error).count() / (double) Math.max(1, of.size());
                double need = KNOWN_SHORTFALL.getOrDefault(k.label + " " + lang, MIN_RECALL);
                asserts.add(() -> assertTrue(of.size() >= MIN_CASES, k.label + " " + lang + ": only " + of.size() + " cases"));
                asserts.add(() -> assertTrue(recall >= need, String.format(Locale.ROOT,
                        "%s (%s): caught at ERROR in %.1f%% of %d cases (need %.1f%%%s)", k.label, lang, 100 * recall,
                        of.size(), 100 * need, need < MIN_RECALL ? ", known shortfall: target 90%" : "")));
            }
        }
        assertAll(asserts);
    }

    private static Outcome judge(QaChecks qa, Case c) {
        List<QaFinding> before = qa.checkTranslation(
                TranslationUnderReview.of("en", c.lang(), c.source(), c.original()), RealParallelDataTest.GLOSSARY);
        List<QaFinding> after = qa.checkTranslation(
                TranslationUnderReview.of("en", c.lang(), c.source(), c.planted()), RealParallelDataTest.GLOSSARY);
        Set<String> had = new HashSet<>();
        before.forEach(f -> had.add(f.severity() + " " + f.check() + " " + f.message()));
        Set<String> by = new HashSet<>();
        boolean error = false;
        boolean any = false;
        for (QaFinding f : after) {
            if (f.severity() == Severity.INFO || had.contains(f.severity() + " " + f.check() + " " + f.message())) {
                continue;
            }
            any = true;
            if (f.isError()) {
                error = true;
                by.add(f.check());
            }
        }
        return new Outcome(c, error, any, by);
    }

    private static List<QaFinding> errors(QaChecks qa, String lang, String source, String target) {
        return qa.checkTranslation(TranslationUnderReview.of("en", lang, source, target), RealParallelDataTest.GLOSSARY)
                .stream().filter(QaFinding::isError).toList();
    }

    private static String table(List<Outcome> outcomes, Map<String, double[]> control,
                                Map<String, Map<String, Integer>> controlByCheck) {
        StringBuilder sb = new StringBuilder("# Planted errors caught: cases, % caught at ERROR / % at ERROR or WARNING\n\n"
                + "Seed " + SEED + ", up to " + PER_KIND + " cases per kind and data set.\n\n| kind |");
        List<String> sets = outcomes.stream().map(o -> o.c().set()).distinct().toList();
        List<String> columns = new ArrayList<>(sets);
        columns.add("all vi");
        columns.add("all ru");
        columns.forEach(s -> sb.append(' ').append(s).append(" |"));
        sb.append(" caught by (ERROR) |\n|---|");
        columns.forEach(s -> sb.append("---|"));
        sb.append("---|\n");
        for (Kind k : Kind.values()) {
            sb.append("| ").append(k.label).append(" |");
            for (String col : columns) {
                Function<Outcome, Boolean> in = col.startsWith("all ")
                        ? o -> o.c().lang().equals(col.substring(4)) : o -> o.c().set().equals(col);
                List<Outcome> of = outcomes.stream().filter(o -> o.c().kind() == k && in.apply(o)).toList();
                sb.append(of.isEmpty() ? " – |" : String.format(Locale.ROOT, " %d: %.1f / %.1f |", of.size(),
                        100.0 * of.stream().filter(Outcome::error).count() / of.size(),
                        100.0 * of.stream().filter(Outcome::any).count() / of.size()));
            }
            Map<String, Integer> by = new TreeMap<>();
            outcomes.stream().filter(o -> o.c().kind() == k).forEach(o -> o.by().forEach(c -> by.merge(c, 1, Integer::sum)));
            sb.append(' ').append(by).append(" |\n");
        }
        sb.append("\nHuman paragraphs of ").append(PlantedErrors.PARAGRAPH_ROWS)
                .append(" rows (what the sentence cases are made of) with an ERROR before planting:");
        control.forEach((set, v) -> sb.append(String.format(Locale.ROOT, " %s %.1f%% of %d;", set, 100 * v[1] / v[0],
                (int) v[0])));
        sb.append("\n\nBy check (ERROR % of those paragraphs):");
        controlByCheck.forEach((set, by) -> {
            sb.append("\n- ").append(set).append(':');
            by.forEach((check, n) -> sb.append(String.format(Locale.ROOT, " %s %.2f%%;", check,
                    100.0 * n / control.get(set)[0])));
        });
        return sb.append('\n').toString();
    }

    private static String misses(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("# Planted errors not caught at ERROR\n");
        for (Kind k : Kind.values()) {
            sb.append("\n## ").append(k.label).append('\n');
            outcomes.stream().filter(o -> o.c().kind() == k && !o.error()).forEach(o -> sb.append("- ")
                    .append(o.c().set()).append(" row ").append(o.c().row() + 1).append(": ").append(o.c().what())
                    .append(o.any() ? " (WARNING only)" : "").append("\n  - en: ").append(o.c().source())
                    .append("\n  - planted: ").append(o.c().planted()).append('\n'));
        }
        return sb.toString();
    }

    private static List<String> read(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}
