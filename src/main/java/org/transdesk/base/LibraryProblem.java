package org.transdesk.base;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.SAXParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * What a library (the XML parser, Jackson, POI, commons-csv, java.util.zip) said about a file it could not read, as part
 * of a refusal an editor reads (#15): where the file goes wrong (line and column when the library knows them) in the
 * screen's language, the library's own English text only as a technical detail at the end — never the whole message.
 */
public final class LibraryProblem {

    /** The JDK's StAX parser puts the place in front of its message: "ParseError at [row,col]:[3,5]\nMessage: ...". */
    private static final String STAX_MESSAGE = "Message: ";

    private LibraryProblem() {
    }

    /** The problem as an argument of a refusal ({@link Phrase#nested}): "the error is at line 3, column 5 (technical detail: ...)". */
    public static String detail(Throwable problem) {
        return phrase(problem).nested();
    }

    /** The problem as a phrase of its own; the place is looked for along the causes, the detail is the first message found. */
    public static Phrase phrase(Throwable problem) {
        String detail = technical(problem);
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int[] place = place(t);
            if (place != null && place[0] > 0) {
                return place[1] > 0 ? Phrase.of("refusal.problem.at", place[0], place[1], detail)
                        : Phrase.of("refusal.problem.line", place[0], detail);
            }
        }
        return Phrase.of("refusal.problem.unreadable", detail);
    }

    /**
     * A failure that is not about a file's content (writing an export, building a client) as an argument of a refusal:
     * "the system reported an error (technical detail: No space left on device)".
     */
    public static String failure(Throwable problem) {
        return Phrase.of("refusal.problem.other", technical(problem)).nested();
    }

    /** Line and column (0 when unknown), or null when the exception does not say where. */
    private static int[] place(Throwable t) {
        if (t instanceof SAXParseException sax) {
            return new int[] {sax.getLineNumber(), sax.getColumnNumber()};
        }
        if (t instanceof XMLStreamException xml && xml.getLocation() != null) {
            Location at = xml.getLocation();
            return new int[] {at.getLineNumber(), at.getColumnNumber()};
        }
        if (t instanceof JacksonException json && json.getLocation() != null && json.getLocation() != TokenStreamLocation.NA) {
            return new int[] {json.getLocation().getLineNr(), json.getLocation().getColumnNr()};
        }
        return null;
    }

    /** The library's own words, without the place it already put in front of them; the exception's name when it has none. */
    private static String technical(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t instanceof JacksonException json ? json.getOriginalMessage() : t.getMessage();
            if (message != null && !message.isBlank()) {
                int said = message.indexOf(STAX_MESSAGE);
                return (said >= 0 ? message.substring(said + STAX_MESSAGE.length()) : message).strip();
            }
        }
        return problem.getClass().getSimpleName();
    }
}
