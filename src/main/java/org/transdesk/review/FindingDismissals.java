package org.transdesk.review;

import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.CleanText;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.FindingDismissal.State;
import org.transdesk.review.internal.DismissalRepository;
import org.transdesk.review.internal.DraftRepository;
import org.transdesk.security.CurrentUser;

/**
 * Dismissing one QA finding with a reason: a reviewer dismisses it (it then no longer blocks approval),
 * an editor may propose it for a reviewer to accept or reject. A dismissal holds while the paragraph's
 * source and target text stay as they were; it is stored with the version at approval and audited.
 */
@Service
public class FindingDismissals {

    static final int MAX_REASON = 2000;

    private final DraftRepository drafts;
    private final DismissalRepository dismissals;
    private final ArticleService articles;
    private final DraftQa qa;
    private final AuditLog audit;

    FindingDismissals(DraftRepository drafts, DismissalRepository dismissals, ArticleService articles, DraftQa qa, AuditLog audit) {
        this.drafts = drafts;
        this.dismissals = dismissals;
        this.articles = articles;
        this.qa = qa;
        this.audit = audit;
    }

    /** A reviewer dismisses {@code finding} for the text as it stands; an editor's proposal for it is accepted with this reason. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public FindingDismissal dismiss(long draftId, QaFinding finding, String reason) {
        String why = reason(reason);
        String user = CurrentUser.require();
        Target target = target(draftId, finding);
        Optional<FindingDismissal> existing = dismissals.find(target.draft().articleId(), target.draft().output(), finding, target.textHash());
        long id;
        if (existing.isPresent() && existing.get().dismissed()) {
            throw ReviewException.of("refusal.dismissal.already-dismissed", existing.get().decidedBy());
        } else if (existing.isPresent()) {
            if (!dismissals.accept(existing.get().id(), user, why)) {
                throw changedMeanwhile();
            }
            id = existing.get().id();
        } else {
            id = insert(target, finding, why, State.DISMISSED, user);
        }
        audited("finding.dismissed", target.draft(), finding, why);
        return dismissals.find(id).orElseThrow();
    }

    /** An editor asks a reviewer to dismiss {@code finding}; until a reviewer accepts, it still counts. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public FindingDismissal propose(long draftId, QaFinding finding, String reason) {
        String why = reason(reason);
        Target target = target(draftId, finding);
        dismissals.find(target.draft().articleId(), target.draft().output(), finding, target.textHash()).ifPresent(d -> {
            throw d.dismissed() ? ReviewException.of("refusal.dismissal.already-dismissed", d.decidedBy())
                    : ReviewException.of("refusal.dismissal.already-proposed", d.proposedBy());
        });
        long id = insert(target, finding, why, State.PROPOSED, CurrentUser.require());
        audited("finding.dismissal-proposed", target.draft(), finding, why);
        return dismissals.find(id).orElseThrow();
    }

    /** A reviewer accepts an editor's proposal: the finding is dismissed with the editor's reason. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public FindingDismissal accept(long dismissalId) {
        FindingDismissal proposal = existing(dismissalId);
        if (!dismissals.accept(dismissalId, CurrentUser.require(), null)) {
            throw changedMeanwhile();
        }
        audited("finding.dismissed", proposal, "proposed by " + proposal.proposedBy() + ": " + proposal.reason());
        return dismissals.find(dismissalId).orElseThrow();
    }

    /** A reviewer rejects an editor's proposal: the finding keeps counting. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void reject(long dismissalId) {
        FindingDismissal proposal = existing(dismissalId);
        if (!dismissals.delete(dismissalId, State.PROPOSED)) {
            throw changedMeanwhile();
        }
        audited("finding.dismissal-rejected", proposal, "proposed by " + proposal.proposedBy() + ": " + proposal.reason());
    }

    /** A reviewer takes a dismissal back: the finding counts again. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void undo(long dismissalId) {
        FindingDismissal dismissal = existing(dismissalId);
        if (!dismissals.delete(dismissalId, State.DISMISSED)) {
            throw changedMeanwhile();
        }
        audited("finding.dismissal-undone", dismissal, "dismissed by " + dismissal.decidedBy() + ": " + dismissal.reason());
    }

    private record Target(Draft draft, String textHash) {
    }

    /** The draft and the hash of the text under the finding; refused when QA does not report this finding now. */
    private Target target(long draftId, QaFinding finding) {
        Draft draft = drafts.find(draftId).orElseThrow(() -> ReviewException.of("refusal.draft-gone"));
        QaReport report = qa.check(draft);
        boolean reported = report.findings().stream().anyMatch(f -> same(f, finding))
                || report.dismissals().stream().anyMatch(d -> d.isAbout(finding));
        if (!reported) {
            throw ReviewException.of("refusal.dismissal.gone");
        }
        Article article = articles.get(draft.articleId());
        return new Target(draft, DraftQa.textHash(draft, article, finding.segment()));
    }

    private static boolean same(QaFinding a, QaFinding b) {
        return a.segment() == b.segment() && a.check().equals(b.check()) && a.message().equals(b.message());
    }

    private long insert(Target target, QaFinding finding, String reason, State state, String user) {
        try {
            return dismissals.insert(target.draft().articleId(), target.draft().output(), finding, target.textHash(), reason, state, user);
        } catch (DataIntegrityViolationException e) {
            // the unique key: another reviewer or editor stored one for this finding and text first
            throw new ReviewException(changedMeanwhile().phrase().orElseThrow(), e);
        }
    }

    private FindingDismissal existing(long id) {
        return dismissals.find(id).orElseThrow(this::changedMeanwhile);
    }

    private ReviewException changedMeanwhile() {
        return ReviewException.of("refusal.dismissal.meanwhile");
    }

    private static String reason(String reason) {
        String cleaned = reason == null ? "" : CleanText.of(reason).strip();
        if (cleaned.isEmpty()) {
            throw ReviewException.of("refusal.dismissal.reason-required");
        }
        if (cleaned.length() > MAX_REASON) {
            throw ReviewException.of("refusal.reason-long", MAX_REASON);
        }
        return cleaned;
    }

    private void audited(String action, Draft draft, QaFinding finding, String detail) {
        audit.record(action, draft.articleId(), draft.output().key(), where(finding.segment()) + ", " + finding.check() + " “"
                + finding.message() + "”: " + detail);
    }

    private void audited(String action, FindingDismissal d, String detail) {
        audit.record(action, d.articleId(), d.output().key(), where(d.segment()) + ", " + d.check() + " “" + d.message() + "”: " + detail);
    }

    private static String where(int segment) {
        return segment < 0 ? "whole output" : "paragraph " + segment;
    }
}
