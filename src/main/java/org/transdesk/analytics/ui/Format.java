package org.transdesk.analytics.ui;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.function.Function;
import org.transdesk.base.ui.Messages;

/** Numbers of the Quality view in the screen's language. */
final class Format {

    private Format() {
    }

    static String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(Messages.locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    static String chrf(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(Messages.locale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(value);
    }

    static String cost(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(Messages.locale());
        f.setMaximumFractionDigits(6);
        f.setMinimumFractionDigits(value == 0 ? 0 : 4);
        return f.format(value);
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Messages.locale()) + " " + month.getYear();
    }

    /** "< 1 min", "42 min", "3 h 5 min", "2 d 4 h". */
    static String duration(double totalSeconds, Function<String, String> tr) {
        long minutes = Math.round(totalSeconds / 60);
        if (minutes < 1) {
            return tr.apply("quality.duration.under-minute");
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(' ').append(tr.apply("quality.duration.days")).append(' ');
            if (hours > 0) {
                text.append(hours).append(' ').append(tr.apply("quality.duration.hours"));
            }
            return text.toString().strip();
        }
        if (hours > 0) {
            text.append(hours).append(' ').append(tr.apply("quality.duration.hours")).append(' ');
        }
        if (rest > 0) {
            text.append(rest).append(' ').append(tr.apply("quality.duration.minutes"));
        }
        return text.toString().strip();
    }

}
