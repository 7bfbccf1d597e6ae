package org.transdesk.review;

import java.time.Instant;

/**
 * A comment on one paragraph of a draft. {@code parentId} is null for the comment that opens a
 * thread and names that opening comment for replies; resolving applies to the thread's opening comment.
 */
public record SegmentComment(long id, long draftId, int position, Long parentId, String author, String body,
                             Instant createdAt, String resolvedBy, Instant resolvedAt) {

    public boolean opensThread() {
        return parentId == null;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
