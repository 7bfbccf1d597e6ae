package org.transdesk.base;

/**
 * The one server-side cleaning of free text an editor or a file sends (paragraphs, comments,
 * glossary terms, imports): control characters other than tab and newline are dropped, line ends
 * become {@code \n}, and unpaired surrogates are dropped. PostgreSQL refuses NUL in text, and
 * other controls are invisible in the workbench but break exports and XML; removing them here
 * means no save fails later for a character the editor cannot see.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The text without forbidden characters; {@code null} stays {@code null}. */
    public static String of(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #of} would leave the text as it is. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false; // C0 and C1 controls, DEL
        }
        if (Character.isSurrogate(c)) {
            return false; // paired ones are handled by the caller
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
