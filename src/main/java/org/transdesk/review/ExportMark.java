package org.transdesk.review;

import java.time.Instant;

/** An approved version was exported in a format (markdown, docx, xliff, ...): first export per format. */
public record ExportMark(long versionId, String format, String exportedBy, Instant exportedAt) {
}
