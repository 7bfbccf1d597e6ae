package org.transdesk.export.internal;

import java.util.List;
import org.transdesk.inline.InlineCode;

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
     * and its notes. Inline codes in source and target ({@code <pc>}, {@code <ph>}, {@code <sc>}/{@code <ec>};
     * 1.2 {@code <g>}, {@code <x>}, {@code <bx>}/{@code <ex>}, {@code <bpt>}/{@code <ept>}, {@code <ph>})
     * are read as {@link org.transdesk.inline.TaggedText} placeholders with their ids ({@code ⟦1⟧…⟦/1⟧},
     * {@code ⟦2/⟧}); {@code codes} is the table the source's codes give (types from {@code subType},
     * {@code type} or {@code ctype}, no data), and {@code coded} says whether the unit has any code.
     */
    public record Unit(String id, String source, String target, String state, List<String> notes, List<InlineCode> codes, boolean coded) {

        public Unit {
            notes = List.copyOf(notes);
            codes = List.copyOf(codes);
        }

        public Unit(String id, String source, String target, String state, List<String> notes) {
            this(id, source, target, state, notes, List.of(), false);
        }
    }
}
