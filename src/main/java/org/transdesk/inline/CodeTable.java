package org.transdesk.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's code table as one line of text per code, for storage next to the paragraph:
 * {@code id kind type data}, e.g. {@code 2 P LINK https://asean.org/}; in {@code data} a
 * backslash, a line break and a carriage return are written {@code \\}, {@code \n}, {@code \r}.
 * An empty table is stored as null (a paragraph without codes).
 */
public final class CodeTable {

    private CodeTable() {
    }

    public static String encode(List<InlineCode> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (InlineCode code : codes) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(code.id()).append(' ').append(code.kind() == InlineCode.Kind.PAIRED ? 'P' : 'S').append(' ').append(code.type().name());
            if (code.data() != null) {
                out.append(' ').append(code.data().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when the text is not a table {@link #encode} wrote */
    public static List<InlineCode> decode(String table) {
        List<InlineCode> codes = new ArrayList<>();
        if (table == null || table.isBlank()) {
            return codes;
        }
        for (String line : table.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (parts.length < 3) {
                throw new IllegalArgumentException("not a code table line: " + line);
            }
            InlineCode.Kind kind = switch (parts[1]) {
                case "P" -> InlineCode.Kind.PAIRED;
                case "S" -> InlineCode.Kind.STANDALONE;
                default -> throw new IllegalArgumentException("not a code kind: " + parts[1]);
            };
            codes.add(new InlineCode(Integer.parseInt(parts[0]), kind, InlineCode.Type.valueOf(parts[2]),
                    parts.length == 4 ? unescape(parts[3]) : null));
        }
        return codes;
    }

    private static String unescape(String data) {
        StringBuilder out = new StringBuilder(data.length());
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 1 < data.length()) {
                char next = data.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
