package org.transdesk.language.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Scale words after numbers ("5 million", "1,5 млн", "3 triệu") and their factors. */
final class Scales {

    static final Pattern AFTER_EN = Pattern.compile(
            "^[ \\u00A0-]?(thousand|million|billion|trillion|bn|mn|mln|m|k|crores?|lakhs?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    static final Pattern AFTER_RU = Pattern.compile(
            "^[ \\u00A0]?(тыс|тысяч\\p{L}*|млн|миллион\\p{L}*|млрд|миллиард\\p{L}*|трлн|триллион\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern AFTER_VI = Pattern.compile(
            "^[ \\u00A0]?(nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** en, ru and vi scale words anywhere: "25 и 40 тысячами". */
    static final Pattern ANYWHERE = Pattern.compile(
            "(?<![\\p{L}])(thousand|million|billion|trillion|тыс|тысяч\\p{L}*|млн|миллион\\p{L}*|млрд|миллиард\\p{L}*"
                    + "|трлн|триллион\\p{L}*|nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Scales() {
    }

    /** The factor of an en, ru or vi scale word in lower case, or null. */
    static BigDecimal factor(String w) {
        if (w.startsWith("crore")) {
            return BigDecimal.valueOf(10_000_000);
        }
        if (w.startsWith("lakh")) {
            return BigDecimal.valueOf(100_000);
        }
        if (w.startsWith("thousand") || w.equals("k") || w.startsWith("тыс") || w.equals("nghìn") || w.equals("ngàn")) {
            return BigDecimal.valueOf(1000);
        }
        if (w.startsWith("million") || w.equals("m") || w.equals("mn") || w.equals("mln") || w.startsWith("млн")
                || w.startsWith("миллион") || w.equals("triệu")) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (w.startsWith("billion") || w.equals("bn") || w.startsWith("млрд") || w.startsWith("миллиард")
                || w.equals("tỷ") || w.equals("tỉ")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        if (w.startsWith("trillion") || w.startsWith("трлн") || w.startsWith("триллион") || w.endsWith(" tỷ")) {
            return BigDecimal.valueOf(1_000_000_000_000L);
        }
        return null;
    }
}
