package org.transdesk.generation;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.GeneratedText;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.GeneratedDraft;

/** Hands an engine's output to review in review's own terms (review does not know the llm types). */
public final class GeneratedDrafts {

    private GeneratedDrafts() {
    }

    /** A whole output: the engine's segment i is paragraph i. */
    public static GeneratedDraft of(GeneratedText text) {
        return new GeneratedDraft(text.segments().stream().map(GeneratedDrafts::segment).toList(), provenance(text));
    }

    /** Some paragraphs of an output of {@code length}: the engine's segment i is paragraph {@code positions.get(i)}. */
    public static GeneratedDraft of(GeneratedText text, List<Integer> positions, int length) {
        if (text.segments().size() != positions.size()) {
            throw new IllegalStateException("The engine answered " + text.segments().size() + " segments for " + positions.size() + " asked");
        }
        SortedMap<Integer, GeneratedDraft.Segment> drafted = new TreeMap<>();
        for (int i = 0; i < positions.size(); i++) {
            drafted.put(positions.get(i), segment(text.segments().get(i)));
        }
        return new GeneratedDraft(drafted, length, provenance(text));
    }

    private static GeneratedDraft.Segment segment(DraftSegment s) {
        return new GeneratedDraft.Segment(s.text(), s.origin().name(), s.matchScore(), s.note());
    }

    private static DraftProvenance provenance(GeneratedText text) {
        var p = text.provenance();
        return new DraftProvenance(p.engine(), p.engineLabel(), p.model(), p.promptVersion(), p.glossaryVersion(),
                p.promptTokens(), p.completionTokens(), p.latencyMs(), p.estimatedCost());
    }
}
