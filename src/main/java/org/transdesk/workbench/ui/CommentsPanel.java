package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.transdesk.base.ui.Failures;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.review.CommentService;
import org.transdesk.review.CommentThread;
import org.transdesk.review.SegmentComment;

/**
 * The comment threads on one paragraph: read them, and (editors and reviewers) comment, reply,
 * resolve or reopen. Read-only inside the history dialog.
 */
class CommentsPanel extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CommentService comments;
    private final long draftId;
    private final int position;
    private final boolean canWrite;
    private final Runnable changed;
    final TextArea newComment = new TextArea();
    final Button add = new Button(tr("workbench.comment"));
    final InlineMessage refusal = new InlineMessage();

    CommentsPanel(CommentService comments, long draftId, int position, boolean canWrite, Runnable changed) {
        this.comments = comments;
        this.draftId = draftId;
        this.position = position;
        this.canWrite = canWrite;
        this.changed = changed;
        addClassName("comments-panel");
        newComment.setPlaceholder(tr("comments.new"));
        newComment.setAriaLabel(tr("comments.new"));
        newComment.setWidthFull();
        newComment.addClassName("new-comment");
        add.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        add.addClickListener(e -> act(() -> {
            comments.comment(draftId, position, newComment.getValue());
            newComment.clear();
        }));
        refresh();
    }

    void refresh() {
        removeAll();
        add(refusal);
        var threads = comments.threads(draftId, position);
        if (threads.isEmpty()) {
            Span none = new Span(tr("comments.none"));
            none.addClassName("engine-notice");
            add(none);
        }
        threads.forEach(t -> add(thread(t)));
        if (canWrite) {
            add(newComment, add);
        }
    }

    private Div thread(CommentThread thread) {
        Div box = new Div(comment(thread.opening()));
        box.addClassNames("comment-thread", thread.resolved() ? "resolved" : "open");
        thread.replies().forEach(r -> {
            Div reply = comment(r);
            reply.addClassName("reply");
            box.add(reply);
        });
        if (thread.resolved()) {
            Span resolved = new Span(tr("comments.resolved-by", thread.opening().resolvedBy()) + " · " + Messages.dateTime(thread.opening().resolvedAt()));
            resolved.addClassName("engine-notice");
            box.add(resolved);
        }
        if (canWrite) {
            TextField answer = new TextField();
            answer.setPlaceholder(tr("comments.reply"));
            answer.setAriaLabel(tr("comments.reply.label"));
            answer.addClassName("reply-field");
            Button reply = new Button(tr("comments.reply"), e -> act(() -> comments.reply(thread.opening().id(), answer.getValue())));
            reply.addThemeVariants(ButtonVariant.SMALL);
            Button resolve = thread.resolved()
                    ? new Button(tr("comments.reopen"), e -> act(() -> comments.reopen(thread.opening().id())))
                    : new Button(tr("comments.resolve"), e -> act(() -> comments.resolve(thread.opening().id())));
            resolve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            Div actions = new Div(answer, reply, resolve);
            actions.addClassName("segment-meta");
            box.add(actions);
        }
        return box;
    }

    private static Div comment(SegmentComment c) {
        Span who = new Span(c.author() + " · " + Messages.dateTime(c.createdAt()));
        who.addClassName("engine-notice");
        Div body = new Div(c.body());
        body.addClassName("comment-body");
        Div box = new Div(who, body);
        box.addClassName("comment");
        return box;
    }

    /** Runs a comment action; a refusal shows at the top of this panel, the typed comment stays. */
    private void act(Runnable action) {
        if (Failures.attempt(action, refusal::error)) {
            refusal.clear();
            refresh();
            changed.run();
        }
    }
}
