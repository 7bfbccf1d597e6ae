package org.transdesk.review;

import java.util.List;

/** An opening comment and its replies, oldest first. A thread is resolved as a whole. */
public record CommentThread(SegmentComment opening, List<SegmentComment> replies) {

    public CommentThread {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return opening.resolved();
    }

    public int position() {
        return opening.position();
    }
}
