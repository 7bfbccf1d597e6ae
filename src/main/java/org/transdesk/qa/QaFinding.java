package org.transdesk.qa;

import java.util.Objects;

/**
 * One problem found by a QA check.
 *
 * @param check    stable id of the check that raised it, e.g. {@code numbers}, {@code glossary}
 * @param severity how sure the check is
 * @param message  one line an editor can act on
 * @param segment  index of the target paragraph (or summary paragraph), {@code -1} for the whole output
 * @param start    start of the offending span in that paragraph (char index), {@code -1} if none
 * @param end      end (exclusive) of that span, {@code -1} if none
 */
public record QaFinding(String check, Severity severity, String message, int segment, int start, int end) {

    public QaFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        message = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (segment < -1) {
            throw new IllegalArgumentException("segment must be >= -1: " + segment);
        }
        if ((start < 0) != (end < 0) || (start >= 0 && end < start)) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** A finding without a span (something is missing rather than wrong in place). */
    public static QaFinding of(String check, Severity severity, String message, int segment) {
        return new QaFinding(check, severity, message, segment, -1, -1);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasSpan() {
        return start >= 0;
    }
}
