package org.transdesk.qa.internal;

import java.util.Locale;

/** The languages the checks know about; anything else gets language-neutral behaviour. */
public enum Lang {
    EN, RU, VI, OTHER;

    public static Lang of(String code) {
        return switch (baseCode(code)) {
            case "en" -> EN;
            case "ru" -> RU;
            case "vi" -> VI;
            default -> OTHER;
        };
    }

    /** {@code "en"} from {@code "eng_Latn"}, {@code "en-GB"}, {@code "ENG"}. */
    public static String baseCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '_' || ch == '-') {
                c = c.substring(0, i);
                break;
            }
        }
        return switch (c) {
            case "eng" -> "en";
            case "rus" -> "ru";
            case "vie" -> "vi";
            default -> c;
        };
    }

    public String code() {
        return this == OTHER ? "other" : name().toLowerCase(Locale.ROOT);
    }
}
