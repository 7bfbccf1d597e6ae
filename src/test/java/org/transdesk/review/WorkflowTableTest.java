package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.transdesk.article.Output;
import org.transdesk.review.OutputState.ReviewAction;
import org.transdesk.review.ParagraphStatus.ParagraphEvent;

/** The allowed transitions of an output's state and a paragraph's status: one table each, refusals an editor can act on. */
class WorkflowTableTest {

    @Test
    void a_generation_may_claim_every_state_but_drafting() {
        for (OutputState state : OutputState.values()) {
            if (state == OutputState.DRAFTING) {
                assertThatThrownBy(() -> state.next(ReviewAction.START_DRAFTING, Output.RU))
                        .isInstanceOf(ReviewException.class).hasMessage("The Russian draft is already being generated.");
            } else {
                assertThat(state.next(ReviewAction.START_DRAFTING, Output.RU)).isEqualTo(OutputState.DRAFTING);
            }
        }
    }

    @Test
    void nobody_edits_confirms_approves_or_sends_back_a_draft_while_it_is_generated() {
        for (ReviewAction action : new ReviewAction[] {ReviewAction.EDIT, ReviewAction.CONFIRM, ReviewAction.APPROVE,
                ReviewAction.REQUEST_CHANGES, ReviewAction.REGENERATE_PARAGRAPH}) {
            assertThatThrownBy(() -> OutputState.DRAFTING.next(action, Output.VI)).isInstanceOf(ReviewException.class)
                    .hasMessageStartingWith("The Vietnamese draft is").hasMessageContaining("generat");
        }
        assertThatThrownBy(() -> OutputState.DRAFTING.next(ReviewAction.EDIT, Output.VI))
                .hasMessage("The Vietnamese draft is being generated; edit it when generation has finished.");
    }

    @Test
    void an_edit_sends_any_reviewable_draft_back_to_review_and_a_confirmation_keeps_its_state() {
        assertThat(OutputState.APPROVED.next(ReviewAction.EDIT, Output.RU)).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(OutputState.CHANGES_REQUESTED.next(ReviewAction.EDIT, Output.RU)).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(OutputState.APPROVED.next(ReviewAction.CONFIRM, Output.RU)).isEqualTo(OutputState.APPROVED);
        assertThat(OutputState.CHANGES_REQUESTED.next(ReviewAction.CONFIRM, Output.RU)).isEqualTo(OutputState.CHANGES_REQUESTED);
    }

    @Test
    void there_is_nothing_to_approve_or_edit_before_a_draft_exists() {
        assertThatThrownBy(() -> OutputState.NOT_STARTED.next(ReviewAction.APPROVE, Output.SUMMARY))
                .hasMessage("The Summary draft is empty: nothing to approve.");
        assertThatThrownBy(() -> OutputState.NOT_STARTED.next(ReviewAction.EDIT, Output.SUMMARY))
                .hasMessage("There is no Summary draft yet: generate it first.");
    }

    @Test
    void a_generation_that_wrote_nothing_gives_the_output_back_in_its_earlier_state() {
        assertThat(OutputState.DRAFTING.backTo(OutputState.APPROVED, Output.RU)).isEqualTo(OutputState.APPROVED);
        assertThat(OutputState.DRAFTING.backTo(OutputState.NOT_STARTED, Output.RU)).isEqualTo(OutputState.NOT_STARTED);
        assertThatThrownBy(() -> OutputState.APPROVED.backTo(OutputState.NEEDS_REVIEW, Output.RU)).isInstanceOf(ReviewException.class);
    }

    @Test
    void engine_text_makes_a_machine_draft_and_no_text_an_untranslated_paragraph() {
        for (ParagraphStatus status : ParagraphStatus.values()) {
            assertThat(status.after(ParagraphEvent.ENGINE_TEXT)).contains(ParagraphStatus.MACHINE_DRAFT);
            assertThat(status.after(ParagraphEvent.ENGINE_NOTHING)).contains(ParagraphStatus.UNTRANSLATED);
            assertThat(status.after(ParagraphEvent.TYPED)).contains(ParagraphStatus.EDITED);
            assertThat(status.after(ParagraphEvent.RESTORED)).contains(ParagraphStatus.EDITED);
            assertThat(status.after(ParagraphEvent.CLEARED)).contains(ParagraphStatus.UNTRANSLATED);
        }
    }

    @Test
    void only_a_paragraph_with_text_can_be_confirmed_and_approval_confirms_every_paragraph_with_text() {
        assertThat(ParagraphStatus.UNTRANSLATED.after(ParagraphEvent.CONFIRMED)).isEmpty();
        assertThat(ParagraphStatus.MACHINE_DRAFT.after(ParagraphEvent.CONFIRMED)).contains(ParagraphStatus.CONFIRMED);
        assertThat(ParagraphStatus.EDITED.after(ParagraphEvent.APPROVED)).contains(ParagraphStatus.CONFIRMED);
        assertThat(ParagraphStatus.UNTRANSLATED.after(ParagraphEvent.APPROVED)).contains(ParagraphStatus.UNTRANSLATED);
    }

    @Test
    void generating_again_only_the_rest_never_touches_edited_or_confirmed_paragraphs() {
        assertThat(ParagraphStatus.UNTRANSLATED.draftableIn(RegenerateMode.ONLY_THE_REST)).isTrue();
        assertThat(ParagraphStatus.MACHINE_DRAFT.draftableIn(RegenerateMode.ONLY_THE_REST)).isTrue();
        assertThat(ParagraphStatus.EDITED.draftableIn(RegenerateMode.ONLY_THE_REST)).isFalse();
        assertThat(ParagraphStatus.CONFIRMED.draftableIn(RegenerateMode.ONLY_THE_REST)).isFalse();
        assertThat(ParagraphStatus.CONFIRMED.draftableIn(RegenerateMode.REPLACE_ALL)).isTrue();
    }

    @Test
    void a_draft_with_untranslated_paragraphs_reads_untranslated_n_rather_than_needs_review() {
        var counts = new StatusCounts(40, 5, 0, 0);

        assertThat(new OutputSummary(Output.VI, OutputState.NEEDS_REVIEW, counts).label()).isEqualTo("Untranslated 40");
        assertThat(new OutputSummary(Output.VI, OutputState.NEEDS_REVIEW, new StatusCounts(0, 45, 0, 0)).label()).isEqualTo("Needs review");
        assertThat(new OutputSummary(Output.VI, OutputState.CHANGES_REQUESTED, counts).label()).isEqualTo("Changes requested");
    }
}
