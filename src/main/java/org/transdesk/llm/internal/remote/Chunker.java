package org.transdesk.llm.internal.remote;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.llm.SourceSegment;

/**
 * Splits paragraphs into chunks whose text fits an input budget in tokens; a paragraph is never
 * cut, so one longer than the budget is a chunk on its own. Each chunk knows the paragraph
 * before it, which goes into the prompt as context only.
 */
final class Chunker {

    record Chunk(List<SourceSegment> segments, String previous) {
    }

    private Chunker() {
    }

    static List<Chunk> split(List<SourceSegment> segments, int budgetTokens) {
        return split(segments, budgetTokens, null);
    }

    /** As {@link #split(List, int)}, with {@code before} as the context of the first chunk. */
    static List<Chunk> split(List<SourceSegment> segments, int budgetTokens, String before) {
        List<Chunk> chunks = new ArrayList<>();
        List<SourceSegment> current = new ArrayList<>();
        String previous = before;
        int used = 0;
        for (SourceSegment segment : segments) {
            int cost = Tokens.estimate(segment.text());
            if (!current.isEmpty() && used + cost > budgetTokens) {
                chunks.add(new Chunk(List.copyOf(current), previous));
                previous = current.getLast().text();
                current.clear();
                used = 0;
            }
            current.add(segment);
            used += cost;
        }
        if (!current.isEmpty()) {
            chunks.add(new Chunk(List.copyOf(current), previous));
        }
        return chunks;
    }
}
