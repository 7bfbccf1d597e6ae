package org.transdesk.review;

import java.time.Instant;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;

/**
 * A QA finding set aside with a reason: {@link State#PROPOSED} by an editor (the finding still counts)
 * or {@link State#DISMISSED} by a reviewer (it no longer blocks approval). It holds for the paragraph's
 * text as it was when it was written; a changed text brings the finding back.
 *
 * @param finding    the finding as QA reports it on the text as it stands (its span only when read with a report)
 * @param decidedBy  the reviewer who dismissed it; {@code null} while only proposed
 */
public record FindingDismissal(long id, long articleId, Output output, QaFinding finding, String reason, State state, String proposedBy,
                               Instant proposedAt, String decidedBy, Instant decidedAt) {

    public enum State {
        /** An editor asks a reviewer to dismiss the finding; it still counts. */
        PROPOSED,
        /** A reviewer dismissed the finding; it does not block approval. */
        DISMISSED
    }

    /** The finding's paragraph, {@code -1} for the whole output. */
    public int segment() {
        return finding.segment();
    }

    public String check() {
        return finding.check();
    }

    public String message() {
        return finding.message();
    }

    /** The same dismissal about {@code current}, the finding as QA reports it now (with its span). */
    public FindingDismissal about(QaFinding current) {
        return new FindingDismissal(id, articleId, output, current, reason, state, proposedBy, proposedAt, decidedBy, decidedAt);
    }

    public boolean dismissed() {
        return state == State.DISMISSED;
    }

    /** Whether this is about {@code finding}: same check, paragraph and message. */
    public boolean isAbout(QaFinding other) {
        return other.segment() == segment() && other.check().equals(check()) && other.message().equals(message());
    }
}
