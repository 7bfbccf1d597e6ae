package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.review.ReviewFixture.RUSSIAN;
import static org.transdesk.review.ReviewFixture.SOURCE;
import static org.transdesk.review.ReviewFixture.segment;
import static org.transdesk.security.Roles.ADMIN;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.ExportMarkService;

/** The review workflow on the real schema: states, reasons, four-eyes, versions, restore, export marks, audit. */
@ReviewIntegrationTest
class DraftWorkflowTest {

    @Autowired DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired ExportMarkService exportMarks;
    @Autowired ArticleService articles;
    @Autowired AuditLog audit;

    Article article;

    @BeforeEach
    void importArticle() {
        article = ReviewFixture.article(articles, SOURCE);
    }

    @Test
    void an_output_goes_from_not_started_through_drafting_to_needs_review() {
        assertThat(state()).isEqualTo(OutputState.NOT_STARTED);
        RunClaim claim = as("ed", EDITOR, () -> drafting.startRun(article.id(), java.util.Map.of(Output.RU, ReviewFixture.ENGINE),
                RegenerateMode.ONLY_THE_REST));
        assertThat(state()).isEqualTo(OutputState.DRAFTING);

        as("ed", EDITOR, () -> drafting.finishDrafting(claim.runId(), article.id(), Output.RU, article.sourceRevision(),
                ReviewFixture.engineText(RUSSIAN), claim.plans().get(Output.RU), RUSSIAN.size(), RUSSIAN.size(), false));

        assertThat(state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(stateChanges()).containsExactly("Not started → Drafting", "Drafting → Needs review");
    }

    @Test
    void requested_changes_keep_the_reason_and_an_edit_sends_the_draft_back_to_review() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");

        as("rev", REVIEWER, () -> approval.requestChanges(draft.id(), "Paragraph 1: say which Monday."));

        assertThat(state()).isEqualTo(OutputState.CHANGES_REQUESTED);
        ChangeRequest request = as("ed", EDITOR, () -> approval.changeRequest(draft.id())).orElseThrow();
        assertThat(request.reason()).isEqualTo("Paragraph 1: say which Monday.");
        assertThat(request.requestedBy()).isEqualTo("rev");

        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 1, "Встреча прошла в понедельник, 12 апреля.", segment(draft, 1).revision()));

        assertThat(state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(stateChanges()).containsExactly("Not started → Needs review", "Needs review → Changes requested",
                "Changes requested → Needs review");
    }

    @Test
    void a_blank_reason_is_refused_and_changes_nothing() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");

        assertThatThrownBy(() -> as("rev", REVIEWER, () -> approval.requestChanges(draft.id(), "  ")))
                .isInstanceOf(ReviewException.class);

        assertThat(state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(as("rev", REVIEWER, () -> approval.changeRequest(draft.id()))).isEmpty();
    }

    @Test
    void each_approval_is_a_new_numbered_version_and_earlier_versions_never_change() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");
        ApprovedVersion first = as("rev", REVIEWER, () -> approval.approve(draft.id()));
        assertThat(first.number()).isEqualTo(1);
        assertThat(state()).isEqualTo(OutputState.APPROVED);

        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 2, "Стороны высоко оценили сотрудничество.", segment(draft, 2).revision()));
        assertThat(state()).isEqualTo(OutputState.NEEDS_REVIEW);
        ApprovedVersion second = as("rev", REVIEWER, () -> approval.approve(draft.id()));

        assertThat(second.number()).isEqualTo(2);
        List<ApprovedVersion> all = as("rev", REVIEWER, () -> approval.versions(article.id(), Output.RU));
        assertThat(all).extracting(ApprovedVersion::number).containsExactly(1, 2);
        assertThat(all.getFirst().segments()).isEqualTo(RUSSIAN);
        assertThat(all.getLast().segments().get(2)).isEqualTo("Стороны высоко оценили сотрудничество.");
    }

    @Test
    void with_four_eyes_the_last_editor_cannot_approve_but_another_reviewer_can() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");
        as("rita", REVIEWER, () -> editing.editSegment(draft.id(), 1, "Встреча состоялась в понедельник.", segment(draft, 1).revision()));

        assertThat(as("rita", REVIEWER, () -> approval.fourEyesBlocksApproval(draft.id()))).isTrue();
        assertThat(as("rev", REVIEWER, () -> approval.fourEyesBlocksApproval(draft.id()))).isFalse();
        assertThatThrownBy(() -> as("rita", REVIEWER, () -> approval.approve(draft.id())))
                .isInstanceOf(ReviewException.class).hasMessageContaining("Four-eyes");
        assertThat(state()).isEqualTo(OutputState.NEEDS_REVIEW);

        assertThat(as("rev", REVIEWER, () -> approval.approve(draft.id())).approvedBy()).isEqualTo("rev");
    }

    @Test
    void generating_a_draft_is_not_an_edit_for_the_four_eyes_rule() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "rev");

        assertThat(as("rev", REVIEWER, () -> approval.approve(draft.id())).number()).isEqualTo(1);
    }

    @Test
    void restoring_an_earlier_revision_adds_a_new_revision_with_the_old_text() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");
        SegmentText edited = as("ed", EDITOR, () -> editing.editSegment(draft.id(), 1, "Встреча была в понедельник.", segment(draft, 1).revision()));

        SegmentText restored = as("ed", EDITOR, () -> editing.restoreRevision(draft.id(), 1, 1, edited.revision()));

        assertThat(restored.text()).isEqualTo(RUSSIAN.get(1));
        assertThat(restored.revision()).isEqualTo(3);
        List<SegmentRevision> history = as("ed", EDITOR, () -> drafts.history(draft.id(), 1));
        assertThat(history).extracting(SegmentRevision::kind).containsExactly("ENGINE", "EDIT", "RESTORE");
        assertThat(history).extracting(SegmentRevision::text)
                .containsExactly(RUSSIAN.get(1), "Встреча была в понедельник.", RUSSIAN.get(1));
        assertThat(actions()).contains("segment.restored");
    }

    @Test
    void a_version_is_marked_exported_once_per_format() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");
        ApprovedVersion version = as("rev", REVIEWER, () -> approval.approve(draft.id()));

        as("ed", EDITOR, () -> exportMarks.markExported(version.id(), "markdown"));
        as("ed", EDITOR, () -> exportMarks.markExported(version.id(), "markdown"));
        as("ed", EDITOR, () -> exportMarks.markExported(version.id(), "docx"));

        assertThat(as("ed", EDITOR, () -> exportMarks.exportMarks(version.id()))).extracting(ExportMark::format)
                .containsExactlyInAnyOrder("markdown", "docx");
        assertThat(actions().stream().filter("version.exported"::equals)).hasSize(2);
        assertThatThrownBy(() -> as("ed", EDITOR, () -> exportMarks.markExported(version.id(), "Not a format!")))
                .isInstanceOf(ReviewException.class);
    }

    @Test
    void a_draft_replaced_whole_continues_every_paragraphs_revision_numbers_and_drops_paragraphs_it_no_longer_has() {
        Draft first = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");
        as("ed", EDITOR, () -> editing.editSegment(first.id(), 1, "Встреча прошла во вторник.", segment(first, 1).revision()));

        DraftOutcome outcome = ReviewFixture.regenerated(drafting, article, Output.RU,
                List.of("Переговоры в Ханое (2)", "Встреча прошла в понедельник (2)."), "ed", RegenerateMode.REPLACE_ALL);
        Draft again = outcome.draft();

        assertThat(outcome.replacedHumanWork()).as("the edited paragraph 1").isEqualTo(1);
        assertThat(again.segments()).extracting(SegmentText::revision).containsExactly(2, 3);
        assertThat(again.segments()).extracting(SegmentText::text).containsExactly("Переговоры в Ханое (2)", "Встреча прошла в понедельник (2).");
        assertThat(as("ed", EDITOR, () -> drafts.history(again.id(), 1))).extracting(SegmentRevision::kind).containsExactly("ENGINE", "EDIT", "ENGINE");
        assertThat(as("ed", EDITOR, () -> drafts.history(again.id(), RUSSIAN.size() - 1))).as("history of a dropped paragraph stays").hasSize(1);
    }

    @Test
    void every_state_change_leaves_an_audit_entry() {
        RunClaim claim = as("ed", EDITOR, () -> drafting.startRun(article.id(), java.util.Map.of(Output.RU, ReviewFixture.ENGINE),
                RegenerateMode.ONLY_THE_REST));
        Draft draft = as("ed", EDITOR, () -> drafting.finishDrafting(claim.runId(), article.id(), Output.RU, article.sourceRevision(),
                ReviewFixture.engineText(RUSSIAN), claim.plans().get(Output.RU), RUSSIAN.size(), RUSSIAN.size(), false)).draft();
        as("rev", REVIEWER, () -> approval.requestChanges(draft.id(), "Too literal."));
        as("ed", EDITOR, () -> editing.editSegment(draft.id(), 0, "Переговоры в Ханое прошли", segment(draft, 0).revision()));
        as("rev", REVIEWER, () -> approval.approve(draft.id()));

        assertThat(stateChanges()).containsExactly("Not started → Drafting", "Drafting → Needs review",
                "Needs review → Changes requested", "Changes requested → Needs review", "Needs review → Approved");
        assertThat(actions()).contains("draft.generated", "changes.requested", "segment.edited", "version.approved");
    }

    @Test
    void an_editor_cannot_approve_or_request_changes() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");

        assertThatThrownBy(() -> as("ed", EDITOR, () -> approval.approve(draft.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ed", EDITOR, () -> approval.approve(draft.id(), "trust me"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ed", EDITOR, () -> approval.requestChanges(draft.id(), "why not")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(as("admin", ADMIN, () -> approval.versions(article.id(), Output.RU))).isEmpty();
    }

    @Test
    void nobody_signed_in_can_edit_restore_or_mark_exports() {
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");

        assertThatThrownBy(() -> editing.editSegment(draft.id(), 1, "x", 1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> editing.restoreRevision(draft.id(), 1, 1, 1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> exportMarks.markExported(1, "markdown")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private OutputState state() {
        return as("anyone", EDITOR, () -> drafts.find(article.id(), Output.RU).map(Draft::state).orElse(OutputState.NOT_STARTED));
    }

    private List<AuditEvent> events() {
        return as("anyone", EDITOR, () -> audit.forArticle(article.id()));
    }

    private List<String> stateChanges() {
        return events().stream().filter(e -> e.action().equals("state.changed")).map(AuditEvent::detail).toList();
    }

    private List<String> actions() {
        return events().stream().map(AuditEvent::action).toList();
    }
}
