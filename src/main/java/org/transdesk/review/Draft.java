package org.transdesk.review;

import java.time.Instant;
import java.util.List;
import org.transdesk.article.Output;

/** The working text of one output of an article. Segment 0 of a translation is the headline. */
public record Draft(long id, long articleId, Output output, int sourceRevision, OutputState state, int lockVersion,
                    DraftProvenance provenance, List<SegmentText> segments, Instant updatedAt, String updatedBy) {

    public Draft {
        segments = List.copyOf(segments);
    }

    public List<String> texts() {
        return segments.stream().map(SegmentText::text).toList();
    }

    /** Whether any paragraph has text: an empty draft (a summary the engine could not write) has nothing to approve. */
    public boolean hasText() {
        return segments.stream().anyMatch(s -> !s.text().isBlank());
    }

    /** Paragraphs per status, for the column head. */
    public StatusCounts counts() {
        return StatusCounts.of(segments);
    }

    public OutputSummary summary() {
        return OutputSummary.of(this);
    }
}
