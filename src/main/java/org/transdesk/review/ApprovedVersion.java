package org.transdesk.review;

import java.time.Instant;
import java.util.List;
import org.transdesk.article.Output;

/** An immutable snapshot a reviewer approved. Exports read only these. */
public record ApprovedVersion(long id, long articleId, Output output, int number, int sourceRevision, String approvedBy,
                              Instant approvedAt, String contentHash, DraftProvenance provenance, String overrideReason,
                              List<String> segments) {

    public ApprovedVersion {
        segments = List.copyOf(segments);
    }
}
