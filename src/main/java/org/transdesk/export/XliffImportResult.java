package org.transdesk.export;

import java.util.List;
import java.util.stream.Stream;
import org.transdesk.article.Output;

/**
 * What an XLIFF import changed: the draft it went into, the paragraphs taken from the file
 * (changed only there), the conflicts resolved with a new text (the file's or a merged one), and
 * the paragraphs kept because they were changed only here or the editor kept them, and how many
 * of the file's notes became comments.
 */
public record XliffImportResult(long articleId, Output output, long draftId, List<Integer> fromFile, List<Integer> resolved,
                                List<Integer> keptHere, int notesAdded) {

    public XliffImportResult {
        fromFile = List.copyOf(fromFile);
        resolved = List.copyOf(resolved);
        keptHere = List.copyOf(keptHere);
    }

    /** Every paragraph that got a new revision. */
    public List<Integer> changedPositions() {
        return Stream.concat(fromFile.stream(), resolved.stream()).sorted().toList();
    }
}
