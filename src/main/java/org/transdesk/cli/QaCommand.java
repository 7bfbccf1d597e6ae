package org.transdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.language.LanguageTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs every QA check on bilingual rows, like a linter for translations: exit 1 on error-severity findings. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Runs the QA checks on bilingual input and writes the findings.",
                "Input rows: {\"id\", \"source\", \"target\"[, \"lang\"]} (a translation) or {\"id\", \"source\", \"summary\"[, \"lang\"]}"
                        + " (a summary in the source language); texts as a string or an array of paragraphs.",
                "Output rows: {\"id\", \"findings\": [{\"check\", \"severity\", \"message\", \"segment\", \"start\", \"end\"}]},"
                        + " one per input row, [] when clean; a bad row gives {\"id\", \"line\", \"error\"}."})
final class QaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "JSONL input (UTF-8), a TMX 1.4b file (*.tmx: one row per unit and target language, id \"N/lang\"),"
                    + " or an XLIFF 2.0, 2.1 or 1.2 file (*.xlf, *.xliff: one row per unit, id = unit id, lang = trgLang)")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSONL output (- for stdout)")
    String out;

    @Option(names = "--lang", paramLabel = "LANG", description = "target language (BCP 47) of rows without \"lang\":"
            + " vi, ru, zh, fr, es have language profiles; any other language gets the generic checks")
    String lang;

    @Option(names = "--source-lang", defaultValue = "en", paramLabel = "L", description = "source language (default: ${DEFAULT-VALUE})")
    String sourceLang;

    @Option(names = "--summary-budget", defaultValue = "60", paramLabel = "N",
            description = "word budget for summary rows (default: ${DEFAULT-VALUE})")
    int summaryBudget;

    @Option(names = "--glossary", paramLabel = "CSV",
            description = "glossary CSV as the app imports it (term,vi,ru,note,do_not_translate,case_sensitive) for the glossary check")
    Path glossary;

    @Option(names = "--max-row-chars", defaultValue = "1048576", paramLabel = "N",
            description = "longest JSONL row in characters; a longer row is reported as bad without being read whole (default: ${DEFAULT-VALUE})")
    int maxRowChars;

    @Override
    public Integer call() {
        if (maxRowChars < 1) {
            throw new ParameterException(spec.commandLine(), "--max-row-chars must be at least 1, got " + maxRowChars);
        }
        if (lang != null && LanguageTags.canonical(lang).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--lang must be a language tag such as "
                    + LanguageProfiles.known().stream().map(LanguageProfile::code).filter(c -> !c.equals(LanguageProfiles.english().code()))
                    .collect(java.util.stream.Collectors.joining(", ")) + ", got '" + lang + "'");
        }
        if (lang != null) {
            lang = LanguageTags.base(lang);
        }
        if (summaryBudget < 1) {
            throw new ParameterException(spec.commandLine(), "--summary-budget must be at least 1, got " + summaryBudget);
        }
        var err = spec.commandLine().getErr();
        if (lang != null && !LanguageProfiles.isKnown(lang)) {
            err.printf("qa: no language profile for '%s': generic checks only%n", lang);
        }
        QaRowChecker checker = new QaRowChecker(sourceLang, lang == null ? null : lang.toLowerCase(Locale.ROOT), summaryBudget,
                glossary == null ? List.of() : GlossaryInput.read(glossary, sourceLang));
        JsonlBatch.Result result;
        if (TmxQa.handles(in)) {
            long start = System.nanoTime();
            int rows = TmxQa.run(in, out, sourceLang, lang == null ? null : lang.toLowerCase(Locale.ROOT), checker);
            result = new JsonlBatch.Result(rows, 0, (System.nanoTime() - start) / 1_000_000);
        } else if (XliffQa.handles(in)) {
            long start = System.nanoTime();
            XliffQa.Result rows = XliffQa.run(in, out, sourceLang, lang == null ? null : lang.toLowerCase(Locale.ROOT), checker, err);
            result = new JsonlBatch.Result(rows.rows(), rows.badRows(), (System.nanoTime() - start) / 1_000_000);
        } else {
            result = JsonlBatch.run("qa", in, out, err, maxRowChars, checker::check);
        }
        err.printf("qa: %d rows (%d bad), %d with errors, %d ms -> %s%n", result.rows(), result.badRows(),
                checker.rowsWithErrors(), result.millis(), out);
        checker.findingsPerCheck().forEach((check, count) -> err.printf("qa:   %-32s %d%n", check, count));
        if (result.badRows() > 0) {
            return TransdeskCli.BAD_INPUT;
        }
        return checker.rowsWithErrors() > 0 ? TransdeskCli.FINDINGS : TransdeskCli.OK;
    }
}
