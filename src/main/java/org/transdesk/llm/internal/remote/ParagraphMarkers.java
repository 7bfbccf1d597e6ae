package org.transdesk.llm.internal.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.llm.SourceSegment;

/**
 * The paragraph protocol: each paragraph goes in after a {@code [[id]]} marker line and must come
 * back after the same marker. Article text cannot forge a marker or close the data block: both
 * are defused before the text goes into a prompt.
 */
final class ParagraphMarkers {

    private static final Pattern MARKER = Pattern.compile("^\\s*\\[\\[([A-Za-z0-9_-]{1,40})]]\\s*", Pattern.MULTILINE);
    private static final Pattern OPENING_DELIMITER = Pattern.compile("(?i)<<<\\s*(ARTICLE|CONTEXT)");
    private static final Pattern CLOSING_DELIMITER = Pattern.compile("(?i)(ARTICLE|CONTEXT)\\s*>>>");

    /** The start of the next marker, not complete yet, at the end of a streamed answer. */
    private static final Pattern PARTIAL_MARKER = Pattern.compile("\\s*\\[(\\[[A-Za-z0-9_-]*]?)?$");

    private ParagraphMarkers() {
    }

    static String format(List<SourceSegment> segments) {
        StringBuilder out = new StringBuilder();
        for (SourceSegment s : segments) {
            out.append("[[").append(s.id()).append("]]\n").append(defuse(s.text())).append("\n\n");
        }
        return out.toString().strip();
    }

    /** Untrusted text loses anything that looks like our markers or the data-block delimiters. */
    static String defuse(String text) {
        String out = text.replace("[[", "[ [").replace("]]", "] ]");
        if (out.contains("<<<")) {
            out = OPENING_DELIMITER.matcher(out).replaceAll("<< <$1");
        }
        if (out.contains(">>>")) {
            out = CLOSING_DELIMITER.matcher(out).replaceAll("$1> >>");
        }
        return out;
    }

    /** Text after each marker, up to the next marker, by id; the first occurrence of an id wins. */
    static Map<String, String> parse(String answer) {
        Map<String, String> byId = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(answer);
        String id = null;
        int start = 0;
        while (m.find()) {
            if (id != null) {
                byId.putIfAbsent(id, answer.substring(start, m.start()).strip());
            }
            id = m.group(1);
            start = m.end();
        }
        if (id != null) {
            byId.putIfAbsent(id, answer.substring(start).strip());
        }
        return byId;
    }

    /** While streaming: the id of the paragraph being written and its text so far, if a marker has arrived. */
    static Map.Entry<String, String> lastOpen(String partialAnswer) {
        Map<String, String> sofar = parse(PARTIAL_MARKER.matcher(partialAnswer).replaceFirst(""));
        Map.Entry<String, String> last = null;
        for (Map.Entry<String, String> e : sofar.entrySet()) {
            last = e;
        }
        return last;
    }
}
