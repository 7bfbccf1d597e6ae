package org.transdesk.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Engine output handed to review for storing, with provenance. {@code drafted} holds the text per
 * paragraph position for the paragraphs the engine was asked for; {@code length} is how many
 * paragraphs the output has (a generation that keeps people's paragraphs drafts only some of them).
 */
public record GeneratedDraft(SortedMap<Integer, Segment> drafted, int length, DraftProvenance provenance) {

    public GeneratedDraft {
        drafted = Collections.unmodifiableSortedMap(new TreeMap<>(drafted));
        if (!drafted.isEmpty() && (drafted.firstKey() < 0 || drafted.lastKey() >= length)) {
            throw new IllegalArgumentException("drafted positions must lie in 0.." + (length - 1));
        }
    }

    /** A whole output: segment i is paragraph i. */
    public GeneratedDraft(List<Segment> segments, DraftProvenance provenance) {
        this(indexed(segments), segments.size(), provenance);
    }

    /** The drafted segments in paragraph order. */
    public List<Segment> segments() {
        return new ArrayList<>(drafted.values());
    }

    private static SortedMap<Integer, Segment> indexed(List<Segment> segments) {
        SortedMap<Integer, Segment> map = new TreeMap<>();
        for (int i = 0; i < segments.size(); i++) {
            map.put(i, segments.get(i));
        }
        return map;
    }

    public record Segment(String text, String origin, Integer matchScore, String note) {
    }
}
