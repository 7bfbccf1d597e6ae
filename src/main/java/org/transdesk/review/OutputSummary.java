package org.transdesk.review;

import org.transdesk.article.Output;

/**
 * One output of an article as the library and the column head show it: its workflow state and its
 * paragraphs per status. A draft that still has untranslated paragraphs reads "Untranslated N", not
 * "Needs review": there is work to do before a review makes sense.
 */
public record OutputSummary(Output output, OutputState state, StatusCounts counts) {

    public static OutputSummary notStarted(Output output) {
        return new OutputSummary(output, OutputState.NOT_STARTED, StatusCounts.NONE);
    }

    public static OutputSummary of(Draft draft) {
        return new OutputSummary(draft.output(), draft.state(), draft.counts());
    }

    /** Whether the label says "Untranslated N" rather than the state. */
    public boolean untranslatedShown() {
        return state == OutputState.NEEDS_REVIEW && counts.untranslated() > 0;
    }

    public String label() {
        return untranslatedShown() ? "Untranslated " + counts.untranslated() : state.label();
    }
}
