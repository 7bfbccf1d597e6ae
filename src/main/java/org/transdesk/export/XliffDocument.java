package org.transdesk.export;

import java.util.List;
import org.transdesk.export.internal.XliffFile;
import org.transdesk.export.internal.XliffReader;
import org.transdesk.inline.InlineCode;

/**
 * An XLIFF file (2.0, 2.1 or 1.2), read for other features (the command line's QA) through the
 * same strict reader as the XLIFF import: no DTDs or external entities, a unit's segments joined.
 * Reading stores nothing.
 */
public record XliffDocument(String sourceLang, String targetLang, List<Unit> units) {

    /**
     * One unit: its id and texts; {@code target} is null when the unit has none. Inline codes are
     * placeholders in the texts ({@code ⟦1⟧…⟦/1⟧}) and {@code codes} is the source's table.
     */
    public record Unit(String id, String source, String target, List<InlineCode> codes) {

        public Unit {
            codes = List.copyOf(codes);
        }
    }

    public XliffDocument {
        units = List.copyOf(units);
    }

    /** @throws ExportException when the bytes are not such a file (not XML, not XLIFF, ...) */
    public static XliffDocument read(byte[] content) {
        if (content == null || content.length == 0) {
            throw ExportException.of("refusal.xliff.empty");
        }
        XliffFile file = XliffReader.read(content);
        return new XliffDocument(file.sourceLang(), file.targetLang(),
                file.units().stream().map(u -> new Unit(u.id(), u.source(), u.target(), u.codes())).toList());
    }
}
