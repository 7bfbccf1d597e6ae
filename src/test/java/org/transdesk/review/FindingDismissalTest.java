package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.qa.QaFinding;

/**
 * Issue #17: a reviewer dismisses one QA finding with a reason (an editor may only propose it); a
 * dismissed finding does not block approval while the paragraph's text stays as it was, and the
 * version's QA record says who dismissed it, why and when.
 */
@ReviewIntegrationTest
class FindingDismissalTest {

    static final String SOURCE = """
            Exports grow
            Exports rose by 12 percent in 2020.""";
    /** "2020" is missing: one ERROR on paragraph 1. */
    static final List<String> YEAR_DROPPED = List.of("Экспорт растёт", "Экспорт вырос на 12 процентов в прошлом году.");
    static final String REASON = "The desk rewrote the year on purpose: the article is from 2021.";

    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired ApprovalService approval;
    @Autowired FindingDismissals dismissals;
    @Autowired DraftQa qa;
    @Autowired ArticleService articles;
    @Autowired AuditLog audit;

    @Test
    void a_reviewer_dismisses_the_single_error_and_approval_no_longer_needs_an_override() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);

        as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, REASON));

        QaReport report = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(report.errors()).isEmpty();
        assertThat(report.dismissed()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo(error.message());
            assertThat(d.reason()).isEqualTo(REASON);
            assertThat(d.decidedBy()).isEqualTo("rev");
            assertThat(d.state()).isEqualTo(FindingDismissal.State.DISMISSED);
        });
        ApprovedVersion version = as("rev", REVIEWER, () -> approval.approve(draft.id()));
        assertThat(version.overrideReason()).isNull();
    }

    @Test
    void an_editor_cannot_dismiss_but_may_propose_and_the_proposal_blocks_until_a_reviewer_accepts_it() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);

        assertThatThrownBy(() -> as("ed", EDITOR, () -> dismissals.dismiss(draft.id(), error, REASON)))
                .isInstanceOf(AccessDeniedException.class);
        FindingDismissal proposal = as("ed", EDITOR, () -> dismissals.propose(draft.id(), error, REASON));
        assertThatThrownBy(() -> as("ed", EDITOR, () -> dismissals.accept(proposal.id())))
                .isInstanceOf(AccessDeniedException.class);

        QaReport proposed = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(proposed.errors()).containsExactly(error);
        assertThat(proposed.proposalFor(error)).hasValueSatisfying(p -> assertThat(p.proposedBy()).isEqualTo("ed"));
        assertThatThrownBy(() -> as("rev", REVIEWER, () -> approval.approve(draft.id()))).isInstanceOf(QaBlockedException.class);

        as("rev", REVIEWER, () -> dismissals.accept(proposal.id()));

        QaReport accepted = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(accepted.errors()).isEmpty();
        assertThat(accepted.dismissed()).singleElement().satisfies(d -> {
            assertThat(d.proposedBy()).isEqualTo("ed");
            assertThat(d.decidedBy()).isEqualTo("rev");
        });
        assertThat(as("rev", REVIEWER, () -> approval.approve(draft.id())).overrideReason()).isNull();
    }

    @Test
    void a_rejected_proposal_leaves_the_finding_blocking() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);
        FindingDismissal proposal = as("ed", EDITOR, () -> dismissals.propose(draft.id(), error, REASON));

        as("rev", REVIEWER, () -> dismissals.reject(proposal.id()));

        QaReport report = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(report.errors()).containsExactly(error);
        assertThat(report.proposalFor(error)).isEmpty();
    }

    @Test
    void editing_the_paragraph_brings_the_dismissed_finding_back() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);
        as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, REASON));

        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 1, "Экспорт вырос на 12 процентов за прошлый год.",
                draft.segments().get(1).revision()));

        QaReport report = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(report.errors()).extracting(QaFinding::check).containsExactly(error.check());
        assertThat(report.dismissed()).isEmpty();
        assertThatThrownBy(() -> as("rev", REVIEWER, () -> approval.approve(draft.id()))).isInstanceOf(QaBlockedException.class);
    }

    @Test
    void editing_another_paragraph_keeps_the_dismissal() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);
        as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, REASON));

        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 0, "Экспорт продолжает расти", draft.segments().get(0).revision()));

        QaReport report = as("ed", EDITOR, () -> qa.check(draft.id()));
        assertThat(report.errors()).isEmpty();
        assertThat(report.dismissed()).extracting(FindingDismissal::message).containsExactly(error.message());
    }

    @Test
    void undoing_a_dismissal_brings_the_finding_back() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);
        FindingDismissal dismissal = as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, REASON));

        as("rev", REVIEWER, () -> dismissals.undo(dismissal.id()));

        assertThat(as("ed", EDITOR, () -> qa.check(draft.id())).errors()).containsExactly(error);
    }

    @Test
    void a_dismissal_needs_a_reason_and_a_finding_that_qa_reports_now() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);

        assertThatThrownBy(() -> as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, "  \u0007 ")))
                .isInstanceOf(ReviewException.class).hasMessageContaining("reason");
        QaFinding invented = QaFinding.of(error.check(), error.severity(), "Not a finding QA reported", 1);
        assertThatThrownBy(() -> as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), invented, REASON)))
                .isInstanceOf(ReviewException.class).hasMessageContaining("no longer");
    }

    @Test
    void the_approved_version_lists_the_dismissal_with_who_why_and_when() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);
        as("rev", REVIEWER, () -> dismissals.dismiss(draft.id(), error, REASON));

        ApprovedVersion version = as("rev", REVIEWER, () -> approval.approve(draft.id()));

        List<RecordedFinding> record = as("ed", EDITOR, () -> approval.qaRecord(version.id()));
        assertThat(record).filteredOn(RecordedFinding::dismissed).singleElement().satisfies(r -> {
            assertThat(r.finding()).isEqualTo(error);
            assertThat(r.dismissedBy()).isEqualTo("rev");
            assertThat(r.dismissalReason()).isEqualTo(REASON);
            assertThat(r.dismissedAt()).isNotNull();
        });
        assertThat(as("ed", EDITOR, () -> approval.findingsAtApproval(version.id()))).filteredOn(QaFinding::isError).isEmpty();
    }

    @Test
    void dismissing_accepting_and_undoing_are_audited() {
        Draft draft = draftWithOneError();
        QaFinding error = onlyError(draft);
        FindingDismissal proposal = as("ed", EDITOR, () -> dismissals.propose(draft.id(), error, REASON));
        as("rev", REVIEWER, () -> dismissals.accept(proposal.id()));
        as("rev", REVIEWER, () -> dismissals.undo(proposal.id()));

        List<AuditEvent> events = as("ed", EDITOR, () -> audit.forArticle(draft.articleId()));
        assertThat(events).extracting(AuditEvent::action)
                .contains("finding.dismissal-proposed", "finding.dismissed", "finding.dismissal-undone");
        assertThat(events).filteredOn(e -> e.action().equals("finding.dismissed")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(REASON).contains(error.message()));
    }

    private Draft draftWithOneError() {
        Article article = ReviewFixture.article(articles, SOURCE);
        return ReviewFixture.generated(drafting, article, Output.RU, YEAR_DROPPED, "ed");
    }

    private QaFinding onlyError(Draft draft) {
        List<QaFinding> errors = as("ed", EDITOR, () -> qa.check(draft.id())).errors();
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }
}
