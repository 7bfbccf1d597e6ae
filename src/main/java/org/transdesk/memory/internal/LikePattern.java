package org.transdesk.memory.internal;

import java.util.Locale;

/**
 * A "contains" pattern for SQL LIKE with the wildcards of the searched text escaped, so that "50%" or
 * "a_b" find themselves instead of everything; use with {@code like ? escape '\'}, on a lower-cased column.
 */
public final class LikePattern {

    private LikePattern() {
    }

    public static String contains(String text) {
        String lower = (text == null ? "" : text.strip()).toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
