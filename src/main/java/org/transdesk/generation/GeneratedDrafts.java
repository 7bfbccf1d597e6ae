package org.transdesk.generation;

import org.transdesk.llm.GeneratedText;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.GeneratedDraft;

/** Hands an engine's output to review in review's own terms (review does not know the llm types). */
public final class GeneratedDrafts {

    private GeneratedDrafts() {
    }

    public static GeneratedDraft of(GeneratedText text) {
        var p = text.provenance();
        return new GeneratedDraft(
                text.segments().stream().map(s -> new GeneratedDraft.Segment(s.text(), s.origin().name(), s.matchScore(), s.note())).toList(),
                new DraftProvenance(p.engine(), p.engineLabel(), p.model(), p.promptVersion(), p.glossaryVersion(),
                        p.promptTokens(), p.completionTokens(), p.latencyMs(), p.estimatedCost()));
    }
}
