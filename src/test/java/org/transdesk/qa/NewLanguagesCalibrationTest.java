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
import org.transdesk.language.LanguageProfiles;
import org.transdesk.qa.RealParallelDataTest.Rates;

/**
 * The profiles added with issue 16 — Simplified Chinese, French, Spanish — calibrated as vi and ru are in
 * {@link RealParallelDataTest}: every translation check runs over FLORES-200 devtest en→zh, en→fr, en→es (one line
 * = one paragraph) and no check may flag more than 2% of the human translations with an ERROR. Rates go to
 * {@code target/qa-new-languages-rates.md}, examples to {@code target/qa-new-languages-examples.md}.
 *
 * <p>Data: {@code ../shared/eval/translation/} relative to the working directory, or {@code -Dtransdesk.eval.dir};
 * skipped with a message when absent (a user's clone has no {@code ../shared}).
 */
class NewLanguagesCalibrationTest {

    /** Country names and a common noun, to exercise the glossary check in each language. */
    static final List<GlossaryEntry> GLOSSARY = List.of(
            country("Russia", "俄罗斯", "Russie", "Rusia"),
            country("China", "中国", "Chine", "China"),
            country("Japan", "日本", "Japon", "Japón"),
            country("Germany", "德国", "Allemagne", "Alemania"),
            country("France", "法国", "France", "Francia"),
            GlossaryEntry.doNotTranslate("Japan Airlines"),
            GlossaryEntry.doNotTranslate("iPhone"));

    private static GlossaryEntry country(String en, String zh, String fr, String es) {
        return new GlossaryEntry(en, Map.of("zh", zh, "fr", fr, "es", es), false, true);
    }

    static final List<RealParallelDataTest.DataSet> DATA_SETS = List.of(
            new RealParallelDataTest.DataSet("FLORES en→zh", "eng_Latn.devtest", "zho_Hans.devtest", "zh"),
            new RealParallelDataTest.DataSet("FLORES en→fr", "eng_Latn.devtest", "fra_Latn.devtest", "fr"),
            new RealParallelDataTest.DataSet("FLORES en→es", "eng_Latn.devtest", "spa_Latn.devtest", "es"));

    @Test
    void humanTranslationsIntoTheNewLanguagesRaiseFewErrorsPerCheck() throws IOException {
        Path dir = RealParallelDataTest.evalDir().resolve("translation");
        for (RealParallelDataTest.DataSet d : DATA_SETS) {
            assumeTrue(Files.isRegularFile(dir.resolve(d.sourceFile())) && Files.isRegularFile(dir.resolve(d.targetFile())),
                    "FLORES-200 devtest (eng_Latn, zho_Hans, fra_Latn, spa_Latn) not found in "
                            + dir.toAbsolutePath().normalize()
                            + " (set -Dtransdesk.eval.dir=… to the eval folder): skipping the zh/fr/es calibration test.");
        }
        QaChecks qa = new QaChecks();
        Map<String, Rates> results = new LinkedHashMap<>();
        StringBuilder examples = new StringBuilder("# ERROR and WARNING findings on human translations (first "
                + RealParallelDataTest.EXAMPLES + " per check and severity)\n");
        for (RealParallelDataTest.DataSet d : DATA_SETS) {
            assertTrue(LanguageProfiles.isKnown(d.targetLang()), d.targetLang() + " has a profile");
            List<String> src = RealParallelDataTest.read(dir.resolve(d.sourceFile()));
            List<String> tgt = RealParallelDataTest.read(dir.resolve(d.targetFile()));
            assertEquals(src.size(), tgt.size(), d.name() + " is not aligned");
            Rates r = new Rates(src.size());
            Map<String, Integer> shown = new LinkedHashMap<>();
            examples.append("\n## ").append(d.name()).append('\n');
            for (int row = 0; row < src.size(); row++) {
                List<QaFinding> f = qa.checkTranslation(
                        TranslationUnderReview.of("en", d.targetLang(), src.get(row), tgt.get(row)), GLOSSARY);
                int n = row;
                RealParallelDataTest.count(r, f, shown, examples, x -> "- " + x.check() + " line " + (n + 1) + ": "
                        + x.message() + "\n  - en: " + src.get(n) + "\n  - " + d.targetLang() + ": " + tgt.get(n) + "\n");
            }
            results.put(d.name(), r);
        }
        String table = RealParallelDataTest.table(results).replace(" | – |", " |").replaceAll("(?m)^\\| cross-output.*\\n", "");
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "qa-new-languages-rates.md"), table, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "qa-new-languages-examples.md"), examples, StandardCharsets.UTF_8);

        List<Executable> asserts = new ArrayList<>();
        results.forEach((set, r) -> QaChecks.TRANSLATION_CHECKS.forEach(check -> asserts.add(() -> assertTrue(
                r.errorRate(check) < RealParallelDataTest.MAX_ERROR_RATE,
                String.format(Locale.ROOT, "%s: check %s flags %.2f%% of human translations as ERROR (limit %.0f%%)",
                        set, check, 100 * r.errorRate(check), 100 * RealParallelDataTest.MAX_ERROR_RATE)))));
        assertAll(asserts);
    }
}
