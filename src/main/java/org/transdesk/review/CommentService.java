package org.transdesk.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.internal.CommentRepository;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.security.CurrentUser;

/**
 * Comments on draft paragraphs: a comment opens a thread, replies join it, and resolving closes the
 * whole thread (it can be reopened). Editors and reviewers comment; nothing is edited or deleted.
 */
@Service
public class CommentService {

    static final int MAX_BODY = 4000;

    private final CommentRepository comments;
    private final DraftRepository drafts;
    private final AuditLog audit;

    CommentService(CommentRepository comments, DraftRepository drafts, AuditLog audit) {
        this.comments = comments;
        this.drafts = drafts;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentComment comment(long draftId, int position, String body) {
        String text = validBody(body);
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        drafts.segment(draftId, position)
                .orElseThrow(() -> ReviewException.of("refusal.paragraph-not-in-draft", position));
        long id = comments.insert(draftId, position, null, CurrentUser.require(), text);
        audit.record("comment.added", draft.articleId(), draft.output().key(), "paragraph " + position + ": " + text);
        return comments.byId(id).orElseThrow();
    }

    /** Replies join the thread of the comment replied to (threads are one level deep) and reopen it. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public SegmentComment reply(long commentId, String body) {
        String text = validBody(body);
        SegmentComment opening = opening(commentId);
        long id = comments.insert(opening.draftId(), opening.position(), opening.id(), CurrentUser.require(), text);
        if (opening.resolved()) {
            comments.setResolved(opening.id(), null);
        }
        auditFor(opening, "comment.replied", "paragraph " + opening.position() + ": " + text);
        return comments.byId(id).orElseThrow();
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void resolve(long commentId) {
        SegmentComment opening = opening(commentId);
        if (!opening.resolved()) {
            comments.setResolved(opening.id(), CurrentUser.require());
            auditFor(opening, "comment.resolved", "paragraph " + opening.position() + ", thread " + opening.id());
        }
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void reopen(long commentId) {
        SegmentComment opening = opening(commentId);
        if (opening.resolved()) {
            comments.setResolved(opening.id(), null);
            auditFor(opening, "comment.reopened", "paragraph " + opening.position() + ", thread " + opening.id());
        }
    }

    /** Every thread on a draft, in the order they were opened. */
    @PreAuthorize("isAuthenticated()")
    public List<CommentThread> threads(long draftId) {
        Map<Long, SegmentComment> openings = new LinkedHashMap<>();
        Map<Long, List<SegmentComment>> replies = new LinkedHashMap<>();
        for (SegmentComment c : comments.forDraft(draftId)) {
            if (c.opensThread()) {
                openings.put(c.id(), c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return openings.values().stream().map(o -> new CommentThread(o, replies.getOrDefault(o.id(), List.of()))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<CommentThread> threads(long draftId, int position) {
        return threads(draftId).stream().filter(t -> t.position() == position).toList();
    }

    private SegmentComment opening(long commentId) {
        SegmentComment c = comments.byId(commentId).orElseThrow(() -> ReviewException.of("refusal.comment.gone"));
        return c.opensThread() ? c : comments.byId(c.parentId()).orElseThrow();
    }

    private void auditFor(SegmentComment opening, String action, String detail) {
        Draft draft = drafts.find(opening.draftId()).orElseThrow();
        audit.record(action, draft.articleId(), draft.output().key(), detail);
    }

    private static String validBody(String body) {
        if (body == null || body.isBlank()) {
            throw ReviewException.of("refusal.comment.empty");
        }
        if (body.strip().length() > MAX_BODY) {
            throw ReviewException.of("refusal.comment.long", MAX_BODY);
        }
        return body.strip();
    }
}
