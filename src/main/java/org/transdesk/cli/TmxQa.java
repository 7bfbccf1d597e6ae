package org.transdesk.cli;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.transdesk.memory.TmxFiles;
import org.transdesk.memory.TranslationUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * QA of a TMX 1.4b file: one output row per unit and target language, numbered in file order
 * ({@code "id": "3/ru"}). The file is parsed as a whole; malformed XML is unreadable input.
 */
final class TmxQa {

    private TmxQa() {
    }

    static boolean handles(Path in) {
        return in.getFileName().toString().toLowerCase().endsWith(".tmx");
    }

    /** Returns how many rows were written. */
    static int run(Path in, String out, String sourceLang, String onlyLang, QaRowChecker checker) {
        List<TranslationUnit> units;
        try {
            units = TmxFiles.read(new ByteArrayInputStream(TextLines.readAll(in)), sourceLang);
        } catch (XMLStreamException e) {
            throw new BadInputException(in + " is not a readable TMX file: " + e.getMessage(), e);
        }
        int rows = 0;
        try (JsonlOutput output = JsonlOutput.open(out)) {
            for (int i = 0; i < units.size(); i++) {
                TranslationUnit unit = units.get(i);
                if (onlyLang == null || onlyLang.equals(unit.targetLang())) {
                    ObjectNode row = checker.check((i + 1) + "/" + unit.targetLang(), unit.targetLang(), unit.sourceText(), unit.targetText());
                    output.write(row);
                    rows++;
                }
            }
            output.commit();
        }
        return rows;
    }
}
