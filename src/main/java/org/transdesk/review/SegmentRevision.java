package org.transdesk.review;

import java.time.Instant;

/** One text a segment had. Kind: ENGINE (generated), EDIT (typed by a person), RESTORE. */
public record SegmentRevision(int position, int revision, String text, String kind, String author, Instant createdAt) {
}
