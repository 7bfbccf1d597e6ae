package org.transdesk.export;

import java.util.List;
import org.transdesk.article.Output;

/** What an XLIFF import changed: the draft it went into and the positions whose text is now a new revision. */
public record XliffImportResult(long articleId, Output output, long draftId, List<Integer> changedPositions) {

    public XliffImportResult {
        changedPositions = List.copyOf(changedPositions);
    }
}
