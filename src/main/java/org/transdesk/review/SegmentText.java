package org.transdesk.review;

/**
 * The current text of one draft segment; {@code revision} is what an edit must name to avoid
 * overwriting, {@code status} says whether a person wrote or confirmed it.
 */
public record SegmentText(int position, String text, String origin, Integer matchScore, String note, int revision,
                          ParagraphStatus status) {
}
