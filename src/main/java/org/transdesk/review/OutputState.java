package org.transdesk.review;

import java.util.EnumSet;
import java.util.Set;
import org.transdesk.article.Output;

/**
 * Workflow state of one output of an article. The state guards its own changes: every action asks
 * {@link #next(ReviewAction, Output)} (or {@link #backTo(OutputState, Output)} when a generation ends
 * without new text), and an action the table does not allow is refused with a {@link ReviewException}
 * that tells the editor what to do. The table is {@link ReviewAction}.
 */
public enum OutputState {
    NOT_STARTED("Not started"),
    DRAFTING("Drafting"),
    NEEDS_REVIEW("Needs review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved");

    /** States with text an editor can work on. */
    static final Set<OutputState> REVIEWABLE = EnumSet.of(NEEDS_REVIEW, CHANGES_REQUESTED, APPROVED);

    private final String label;

    OutputState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The words saying "the draft is in this state" in a refusal ("approved", "утверждён", "đã được duyệt"). */
    String predicateKey() {
        return switch (this) {
            case NOT_STARTED -> "refusal.state-is.not-started";
            case DRAFTING -> "refusal.state-is.drafting";
            case NEEDS_REVIEW -> "refusal.state-is.needs-review";
            case CHANGES_REQUESTED -> "refusal.state-is.changes-requested";
            case APPROVED -> "refusal.state-is.approved";
        };
    }

    /** The state after {@code action}, or a refusal naming the output when the table does not allow it here. */
    public OutputState next(ReviewAction action, Output output) {
        if (!action.from().contains(this)) {
            throw refusalOf(action, output);
        }
        return action.to() == null ? this : action.to();
    }

    /** The refusal of {@code action} in this state, as the editor reads it. */
    public ReviewException refusalOf(ReviewAction action, Output output) {
        return action.refusal(this, output);
    }

    /**
     * A generation ended without new text (nothing to draft, cancelled or failed before anything was
     * drafted): the output goes back to the state it had before, e.g. Approved stays Approved.
     */
    public OutputState backTo(OutputState before, Output output) {
        if (this != DRAFTING) {
            throw ReviewException.of("refusal.state.not-drafting", ReviewException.output(output));
        }
        return before == null || before == DRAFTING ? NEEDS_REVIEW : before;
    }

    /**
     * The allowed transitions: for each action, the states it may start from and the state it leads
     * to ({@code null}: the state stays).
     */
    public enum ReviewAction {
        /** A generation claims the output. */
        START_DRAFTING(EnumSet.of(NOT_STARTED, NEEDS_REVIEW, CHANGES_REQUESTED, APPROVED), DRAFTING),
        /** The generation stored new text. */
        FINISH_DRAFTING(EnumSet.of(DRAFTING), NEEDS_REVIEW),
        /** Engine text stored without a run of the workbench (command line, imports of drafts). */
        SAVE_GENERATED(EnumSet.of(NOT_STARTED, NEEDS_REVIEW, CHANGES_REQUESTED, APPROVED), NEEDS_REVIEW),
        /** A person typed, restored or imported a paragraph. */
        EDIT(REVIEWABLE, NEEDS_REVIEW),
        /** An editor confirmed a paragraph: the output's state does not change. */
        CONFIRM(REVIEWABLE, null),
        /** One paragraph drafted again by the engine. */
        REGENERATE_PARAGRAPH(REVIEWABLE, NEEDS_REVIEW),
        APPROVE(REVIEWABLE, APPROVED),
        REQUEST_CHANGES(REVIEWABLE, CHANGES_REQUESTED);

        private final Set<OutputState> from;
        private final OutputState to;

        ReviewAction(Set<OutputState> from, OutputState to) {
            this.from = from;
            this.to = to;
        }

        public Set<OutputState> from() {
            return from;
        }

        /** Null when the action keeps the state. */
        public OutputState to() {
            return to;
        }

        ReviewException refusal(OutputState state, Output output) {
            String name = ReviewException.output(output);
            if (state == DRAFTING) {
                return ReviewException.of(switch (this) {
                    case START_DRAFTING, SAVE_GENERATED -> "refusal.generation.running";
                    case APPROVE -> "refusal.state.drafting.approve";
                    case REQUEST_CHANGES -> "refusal.state.drafting.request-changes";
                    case REGENERATE_PARAGRAPH -> "refusal.state.drafting.regenerate";
                    default -> "refusal.state.drafting.edit";
                }, name);
            }
            if (state == NOT_STARTED) {
                return ReviewException.of(switch (this) {
                    case APPROVE -> "refusal.approve.empty";
                    case REQUEST_CHANGES -> "refusal.state.not-started.request-changes";
                    default -> "refusal.state.not-started";
                }, name);
            }
            return ReviewException.of("refusal.state.cannot", name, org.transdesk.base.Phrase.word(state.predicateKey()),
                    org.transdesk.base.Phrase.word(switch (this) {
                        case START_DRAFTING -> "refusal.action.start-drafting";
                        case FINISH_DRAFTING -> "refusal.action.finish-drafting";
                        case SAVE_GENERATED -> "refusal.action.save-generated";
                        case EDIT -> "refusal.action.edit";
                        case CONFIRM -> "refusal.action.confirm";
                        case REGENERATE_PARAGRAPH -> "refusal.action.regenerate-paragraph";
                        case APPROVE -> "refusal.action.approve";
                        case REQUEST_CHANGES -> "refusal.action.request-changes";
                    }));
        }
    }
}
