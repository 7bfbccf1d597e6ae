package org.transdesk.export.internal;

import java.util.List;

/**
 * An XLIFF file as read, whatever its version (1.2, 2.0, 2.1): languages, where it says it came
 * from, and one {@link Unit} per translation unit in file order. Transdesk's own attributes
 * ({@code td:*}) are null when the file does not carry them (most tools drop private attributes).
 */
public record XliffFile(String xliffVersion, String sourceLang, String targetLang, String original,
                        Long articleId, String outputKey, Integer sourceRevision, Integer versionNumber, List<Unit> units) {

    public XliffFile {
        units = List.copyOf(units);
    }

    /**
     * One unit: its id, the source text, the target text ({@code null} when the unit has none or
     * only some of its segments are translated), the state in XLIFF 2 words ({@code initial},
     * {@code translated}, {@code reviewed}, {@code final}; {@code null} when the file gives none)
     * and its notes.
     */
    public record Unit(String id, String source, String target, String state, List<String> notes) {

        public Unit {
            notes = List.copyOf(notes);
        }
    }
}
