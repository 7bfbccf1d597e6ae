package org.transdesk.article;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Safe, readable article slugs, used as export folder names: lower-case ASCII letters, digits and
 * single dashes only, so no title can produce a path separator, "..", or a reserved device name.
 */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]|conin|conout");

    private Slugs() {
    }

    public static String of(LocalDate date, String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String base = (date == null ? "" : date + "-") + ascii;
        base = base.replaceAll("(^-+|-+$)", "");
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            return "article";
        }
        // Windows device names are reserved in any case and would make the export folder unusable there
        return WINDOWS_RESERVED.matcher(base).matches() ? base + "-article" : base;
    }
}
