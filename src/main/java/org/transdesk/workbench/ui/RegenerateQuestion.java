package org.transdesk.workbench.ui;

import java.util.Map;
import java.util.Set;
import org.transdesk.article.Output;
import org.transdesk.review.StatusCounts;

/**
 * What "Generate drafts" would do, for the editor to choose before anything runs: per output about to
 * be generated, its paragraphs per status (read when the button was pressed).
 */
record RegenerateQuestion(Set<Output> outputs, Map<Output, StatusCounts> counts) {

    /** Edited and confirmed paragraphs over all outputs: what "Replace all" would replace. */
    int humanWork() {
        return counts.values().stream().mapToInt(StatusCounts::humanWork).sum();
    }

    /** Untranslated and machine-draft paragraphs over all outputs: what "Only the rest" drafts. */
    int rest() {
        return counts.values().stream().mapToInt(c -> c.untranslated() + c.machineDraft()).sum();
    }
}
