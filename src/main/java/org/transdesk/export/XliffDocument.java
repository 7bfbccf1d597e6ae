package org.transdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.transdesk.export.internal.XliffReader;

/**
 * An XLIFF 2.0 file as Transdesk exports it, read for other features (the command line's QA)
 * through the same strict reader as the XLIFF import: no DTDs or external entities, plain-text
 * segments only, one segment per unit. Reading stores nothing.
 */
public record XliffDocument(String sourceLang, String targetLang, List<Unit> units) {

    /** One {@code <unit>}: its id and texts; {@code target} is null when the unit has none. */
    public record Unit(String id, String source, String target) {
    }

    public XliffDocument {
        units = List.copyOf(units);
    }

    /** @throws ExportException when the bytes are not such a file (not XML, not XLIFF 2.0, markup in segments, ...) */
    public static XliffDocument read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ExportException("The XLIFF file is empty.");
        }
        XliffReader.Contents contents = XliffReader.read(content);
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, String> source : contents.sources().entrySet()) {
            units.add(new Unit(source.getKey(), source.getValue(), contents.targets().get(source.getKey())));
        }
        return new XliffDocument(contents.sourceLang(), contents.targetLang(), units);
    }
}
