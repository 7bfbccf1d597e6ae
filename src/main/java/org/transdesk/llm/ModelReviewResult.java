package org.transdesk.llm;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.transdesk.base.Phrase;

/**
 * What a model review produced: the checked issues, the paragraphs whose answer stayed invalid (with why),
 * the paragraphs not reviewed because the run stopped (time limit, paragraph cap, the model server failing)
 * with the sentence saying so, and who reviewed at what cost.
 *
 * @param failed    position → why the answers for it were rejected (a sentence for the editor); no issue is invented for these
 * @param notReviewed positions left out
 * @param stopped   why the run did not review everything, or {@code null}
 */
public record ModelReviewResult(List<ModelReviewIssue> issues, SortedMap<Integer, Phrase> failed, List<Integer> notReviewed,
                                Phrase stopped, Provenance provenance) {

    public ModelReviewResult {
        issues = List.copyOf(issues);
        failed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(failed));
        notReviewed = List.copyOf(notReviewed);
    }

    public static SortedMap<Integer, Phrase> failures(Map<Integer, Phrase> failed) {
        return new TreeMap<>(failed);
    }
}
