package org.transdesk.llm;

/** One generated segment: text, where it came from, a match score for memory hits, and a note for the editor. */
public record DraftSegment(String id, String text, SegmentOrigin origin, Integer matchScore, String note) {
}
