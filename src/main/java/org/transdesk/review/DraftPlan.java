package org.transdesk.review;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.transdesk.article.Output;

/**
 * What a generation may write in one output, decided when it claims the output (so no edit can slip
 * in between): the positions of people's paragraphs it keeps. Only the other paragraphs are sent
 * to the engine. A summary is written from the whole article, so it is kept whole or drafted whole.
 */
public record DraftPlan(Output output, RegenerateMode mode, SortedSet<Integer> kept, int humanWork) {

    public DraftPlan {
        kept = Collections.unmodifiableSortedSet(new TreeSet<>(kept));
    }

    /** Whether paragraph {@code position} goes to the engine. */
    public boolean drafts(int position) {
        return !kept.contains(position);
    }

    /** A summary with people's paragraphs is kept whole in {@link RegenerateMode#ONLY_THE_REST}. */
    public boolean keepsWholeSummary() {
        return !output.isTranslation() && !kept.isEmpty();
    }
}
