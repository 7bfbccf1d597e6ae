package org.transdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.transdesk.export.ExportException;
import org.transdesk.export.XliffDocument;
import tools.jackson.databind.node.ObjectNode;

/**
 * QA of an XLIFF file (2.0, 2.1 or 1.2), read by the export feature's own reader: one
 * output row per {@code <unit>} (id = unit id), target language = the file's {@code trgLang}. A file
 * the reader refuses is unreadable input (nothing written); a unit without a target is a bad row.
 */
final class XliffQa {

    /** Rows written, and how many of them were bad (a unit without a target). */
    record Result(int rows, int badRows) {
    }

    private XliffQa() {
    }

    static boolean handles(Path in) {
        String name = in.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlf") || name.endsWith(".xliff");
    }

    static Result run(Path in, String out, String sourceLang, String lang, QaRowChecker checker, PrintWriter err) {
        XliffDocument xliff;
        try {
            xliff = XliffDocument.read(TextLines.readAll(in));
        } catch (ExportException e) {
            throw new BadInputException(in + " is not a readable XLIFF file: " + e.getMessage(), e);
        }
        String targetLang = targetLanguage(in, xliff, lang);
        if (xliff.sourceLang() != null && !primary(xliff.sourceLang()).equals(primary(sourceLang))) {
            throw new BadInputException(in + " has srcLang=\"" + xliff.sourceLang() + "\" but the source language is '" + sourceLang
                    + "': pass --source-lang " + primary(xliff.sourceLang()));
        }
        int bad = 0;
        try (JsonlOutput output = JsonlOutput.open(out)) {
            for (XliffDocument.Unit unit : xliff.units()) {
                if (unit.target() == null) {
                    String message = "unit " + unit.id() + " has no <target>";
                    err.println(in + ": " + message);
                    ObjectNode row = JsonRows.JSON.createObjectNode();
                    row.put("id", unit.id());
                    row.put("error", message);
                    output.write(row);
                    bad++;
                } else {
                    output.write(checker.check(unit.id(), targetLang, unit.source(), unit.target(), unit.codes()));
                }
            }
            output.commit();
        }
        return new Result(xliff.units().size(), bad);
    }

    /** The file's trgLang decides; --lang may only repeat it (or stand in when the file has none). */
    private static String targetLanguage(Path in, XliffDocument xliff, String lang) {
        if (xliff.targetLang() == null) {
            if (lang == null) {
                throw new BadInputException(in + " has no trgLang: pass --lang LANG");
            }
            return lang;
        }
        String fileLang = primary(xliff.targetLang());
        if (lang != null && !lang.equals(fileLang)) {
            throw new BadInputException(in + " is translated into '" + xliff.targetLang() + "' (trgLang), not '" + lang + "' (--lang)");
        }
        return fileLang;
    }

    private static String primary(String languageTag) {
        return languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
