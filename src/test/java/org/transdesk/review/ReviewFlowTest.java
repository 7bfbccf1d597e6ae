package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
class ReviewFlowTest {

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired
    AuditLog audit;

    private Draft russianDraft() {
        Article article = articles.importText("Talks resume\nThe sides met.\nThey agreed.");
        return drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Переговоры возобновились", "Стороны встретились.", "Они договорились."));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void generated_text_becomes_a_draft_that_needs_review_with_revision_1_per_segment() {
        Draft draft = russianDraft();

        assertThat(draft.state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(draft.texts()).containsExactly("Переговоры возобновились", "Стороны встретились.", "Они договорились.");
        assertThat(draft.segments()).allSatisfy(s -> assertThat(s.revision()).isEqualTo(1));
        assertThat(draft.provenance().engine()).isEqualTo("offline");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_edit_is_a_new_revision_with_author_and_the_old_text_stays_in_history() {
        Draft draft = russianDraft();

        SegmentText saved = editing.editSegment(draft.id(), 1, "Стороны встретились в Москве.", 1);

        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.origin()).isEqualTo("EDITED");
        assertThat(drafts.history(draft.id(), 1)).extracting(SegmentRevision::text, SegmentRevision::kind, SegmentRevision::author)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Стороны встретились.", "ENGINE", "ana"),
                        org.assertj.core.groups.Tuple.tuple("Стороны встретились в Москве.", "EDIT", "ana"));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void a_save_based_on_a_stale_revision_is_refused_with_both_texts() {
        Draft draft = russianDraft();
        editing.editSegment(draft.id(), 2, "Они договорились о встрече.", 1);

        assertThatThrownBy(() -> editing.editSegment(draft.id(), 2, "Они пришли к соглашению.", 1))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.theirText()).isEqualTo("Они договорились о встрече.");
                    assertThat(conflict.yourText()).isEqualTo("Они пришли к соглашению.");
                    assertThat(conflict.theirRevision()).isEqualTo(2);
                });
        assertThat(drafts.find(draft.articleId(), Output.RU).orElseThrow().texts().get(2)).isEqualTo("Они договорились о встрече.");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_editor_cannot_approve_or_request_changes() {
        Draft draft = russianDraft();

        assertThatThrownBy(() -> approval.approve(draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approval.requestChanges(draft.id(), "no")).isInstanceOf(AccessDeniedException.class);
        assertThat(approval.versions(draft.articleId(), Output.RU)).isEmpty();
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void approving_creates_version_1_that_later_edits_do_not_change() {
        Draft draft = russianDraft();

        ApprovedVersion v1 = approval.approve(draft.id());
        editing.editSegment(draft.id(), 0, "Переговоры возобновлены", 1);
        ApprovedVersion v2 = approval.approve(draft.id());

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.approvedBy()).isEqualTo("vera");
        assertThat(v1.contentHash()).hasSize(64);
        assertThat(v2.number()).isEqualTo(2);
        var versions = approval.versions(draft.articleId(), Output.RU);
        assertThat(versions.get(0).segments().getFirst()).isEqualTo("Переговоры возобновились");
        assertThat(versions.get(0).contentHash()).isEqualTo(v1.contentHash());
        assertThat(versions.get(1).segments().getFirst()).isEqualTo("Переговоры возобновлены");
        assertThat(drafts.find(draft.articleId(), Output.RU).orElseThrow().state()).isEqualTo(OutputState.APPROVED);
        assertThat(audit.forArticle(draft.articleId())).extracting("action")
                .contains("draft.generated", "version.approved", "segment.edited");
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void approving_twice_without_a_change_is_refused() {
        Draft draft = russianDraft();
        approval.approve(draft.id());

        assertThatThrownBy(() -> approval.approve(draft.id())).isInstanceOf(ReviewException.class).hasMessageContaining("nothing changed");
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void requested_changes_need_a_reason_and_an_edit_sends_the_draft_back_to_review() {
        Draft draft = russianDraft();

        assertThatThrownBy(() -> approval.requestChanges(draft.id(), " ")).isInstanceOf(ReviewException.class);
        approval.requestChanges(draft.id(), "Use the official name of the committee");
        assertThat(drafts.find(draft.articleId(), Output.RU).orElseThrow().state()).isEqualTo(OutputState.CHANGES_REQUESTED);

        editing.editSegment(draft.id(), 1, "Стороны встретились онлайн.", 1);
        assertThat(drafts.find(draft.articleId(), Output.RU).orElseThrow().state()).isEqualTo(OutputState.NEEDS_REVIEW);
    }
}
