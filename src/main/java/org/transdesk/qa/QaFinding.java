package org.transdesk.qa;

import java.util.Objects;
import org.transdesk.base.Phrase;

/**
 * One problem found by a QA check.
 *
 * @param check    stable id of the check that raised it, e.g. {@code numbers}, {@code glossary}
 * @param severity how sure the check is
 * @param message  one line an editor can act on, in English: what logs, the REST API, exports, XLIFF notes and
 *                 the command line show
 * @param segment  index of the target paragraph (or summary paragraph), {@code -1} for the whole output
 * @param start    start of the offending span in that paragraph (char index), {@code -1} if none
 * @param end      end (exclusive) of that span, {@code -1} if none
 * @param phrase   the same line as a message key with its arguments, so a screen says it in the editor's
 *                 language; null when the text comes from elsewhere (a model's review, a stored finding)
 */
public record QaFinding(String check, Severity severity, String message, int segment, int start, int end, Phrase phrase) {

    public QaFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        if (message == null && phrase != null) {
            message = phrase.english();
        }
        Objects.requireNonNull(message, "message");
        message = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (segment < -1) {
            throw new IllegalArgumentException("segment must be >= -1: " + segment);
        }
        if ((start < 0) != (end < 0) || (start >= 0 && end < start)) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** A finding whose text is only English (a model's review, one read back from storage). */
    public QaFinding(String check, Severity severity, String message, int segment, int start, int end) {
        this(check, severity, message, segment, start, end, null);
    }

    /** A finding said by {@code phrase}; its English message is the phrase in English. */
    public QaFinding(String check, Severity severity, Phrase phrase, int segment, int start, int end) {
        this(check, severity, null, segment, start, end, Objects.requireNonNull(phrase, "phrase"));
    }

    /** A finding without a span (something is missing rather than wrong in place). */
    public static QaFinding of(String check, Severity severity, String message, int segment) {
        return new QaFinding(check, severity, message, segment, -1, -1);
    }

    /** A finding without a span, said by {@code phrase}. */
    public static QaFinding of(String check, Severity severity, Phrase phrase, int segment) {
        return new QaFinding(check, severity, phrase, segment, -1, -1);
    }

    /** The same finding over another span. */
    public QaFinding withSpan(int start, int end) {
        return new QaFinding(check, severity, message, segment, start, end, phrase);
    }

    /**
     * The same finding whatever language it is said in: one read back from storage (English only) equals the
     * one the checks make now.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof QaFinding f && check.equals(f.check) && severity == f.severity && message.equals(f.message)
                && segment == f.segment && start == f.start && end == f.end;
    }

    @Override
    public int hashCode() {
        return Objects.hash(check, severity, message, segment, start, end);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasSpan() {
        return start >= 0;
    }
}
