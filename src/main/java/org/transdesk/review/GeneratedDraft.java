package org.transdesk.review;

import java.util.List;

/** Engine output handed to review for storing: segments in order, with provenance. */
public record GeneratedDraft(List<Segment> segments, DraftProvenance provenance) {

    public GeneratedDraft {
        segments = List.copyOf(segments);
    }

    public record Segment(String text, String origin, Integer matchScore, String note) {
    }
}
