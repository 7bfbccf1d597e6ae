package org.transdesk.export;

import java.util.List;
import org.transdesk.article.Output;

/**
 * What importing an XLIFF file would do to a draft, worked out before anything is written: a
 * three-way merge per unit of the text as exported (base), the file's target (file) and the draft
 * as it is now (here). Changed only in the file → applied; changed only here → kept; changed in
 * both, differently → a conflict the editor resolves. The article and output the file belongs to
 * are named here, so the editor sees them before confirming.
 *
 * @param baseVersion the approved version the file was exported from
 * @param baseFrom    how that version was found: named by the file, or matched by the export record
 * @param units       one entry per unit of the file, in file order
 */
public record XliffMerge(long articleId, String articleTitle, Output output, String xliffVersion, int baseVersion,
                         BaseFrom baseFrom, List<Unit> units) {

    public XliffMerge {
        units = List.copyOf(units);
    }

    /** Where the base (the text as exported) came from. */
    public enum BaseFrom {
        /** The file names the approved version in Transdesk's {@code td:version} attribute. */
        FILE,
        /** The file lost Transdesk's attributes: the version is the exported one whose targets match the file best. */
        EXPORT_RECORD
    }

    /** What happens to one unit. */
    public enum Outcome {
        /** Neither the file nor the draft changed it since the export. */
        UNCHANGED,
        /** Changed only in the file: the file's text becomes a new revision. */
        FROM_FILE,
        /** Changed only here: the draft's text stays. */
        KEPT_HERE,
        /** Changed in both to the same text: nothing to do. */
        SAME_CHANGE,
        /** Changed in both, differently: the editor chooses (here, file, or a merged text). */
        CONFLICT,
        /** The file has no translation for it (no target, an empty one, or untranslated segments): the draft's text stays. */
        NO_TARGET
    }

    /**
     * One unit: its id, the paragraph position (0 = headline), the outcome and the three texts.
     * {@code hereRevision} is the draft revision the merge was computed against; applying refuses
     * when the paragraph has moved on since. {@code fileState} is the unit's state in the file in
     * XLIFF 2 words (null when it gives none); {@code newNotes} are the file's notes on the unit that
     * are not comments on the paragraph yet: importing adds them as comments.
     */
    public record Unit(String id, int position, Outcome outcome, String base, String file, String here, int hereRevision,
                       String fileState, List<String> newNotes) {

        public Unit {
            newNotes = List.copyOf(newNotes);
        }

        public Unit withNewNotes(List<String> notes) {
            return new Unit(id, position, outcome, base, file, here, hereRevision, fileState, notes);
        }
    }

    public List<Unit> with(Outcome outcome) {
        return units.stream().filter(u -> u.outcome() == outcome).toList();
    }

    public List<Unit> conflicts() {
        return with(Outcome.CONFLICT);
    }

    /** Whether applying would change nothing (no unit from the file, no conflict, no new note). */
    public boolean changesNothing() {
        return with(Outcome.FROM_FILE).isEmpty() && conflicts().isEmpty() && newNotes() == 0;
    }

    /** How many notes of the file would become comments. */
    public int newNotes() {
        return units.stream().mapToInt(u -> u.newNotes().size()).sum();
    }
}
