package org.transdesk.review;

import org.transdesk.base.Phrase;
import org.springframework.stereotype.Component;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.OutputState.ReviewAction;
import org.transdesk.review.internal.DraftRepository;

/**
 * The one place where an output's state changes: the action is checked against the table in
 * {@link OutputState}, the change is a compare-and-set on the state read (so a generation claiming
 * the output meanwhile is noticed, not overwritten), and a change writes a {@code state.changed}
 * audit event.
 */
@Component
class Workflow {

    private final DraftRepository drafts;
    private final AuditLog audit;

    Workflow(DraftRepository drafts, AuditLog audit) {
        this.drafts = drafts;
        this.audit = audit;
    }

    /** Refuses {@code action} now, before anything is written, when the table does not allow it. */
    void check(Draft draft, ReviewAction action) {
        draft.state().next(action, draft.output());
    }

    /** Applies {@code action} to the draft as read; returns the new state. */
    OutputState apply(Draft draft, ReviewAction action, String user) {
        OutputState to = draft.state().next(action, draft.output());
        move(draft.articleId(), draft.output(), draft.id(), draft.state(), to, action, user, "");
        return to;
    }

    /** Moves the draft from {@code from} (as read) to {@code to}; refuses when someone changed the state meanwhile. */
    void move(long articleId, Output output, long draftId, OutputState from, OutputState to, ReviewAction action, String user, String note) {
        if (!drafts.moveState(draftId, from, to, user)) {
            OutputState now = drafts.head(articleId, output).map(DraftRepository.Head::state).orElse(OutputState.NOT_STARTED);
            now.next(action, output); // the table's own refusal when the action no longer applies
            throw ReviewException.of("refusal.state.changed", ReviewException.output(output), Phrase.word("state." + now.name()));
        }
        recorded(articleId, output, from, to, note);
    }

    /** The audit entry of a state change that was written elsewhere (a claim, a new draft row); nothing for the same state. */
    void recorded(long articleId, Output output, OutputState from, OutputState to, String note) {
        if (from != to) {
            audit.record("state.changed", articleId, output.key(), from.label() + " → " + to.label() + note);
        }
    }
}
