package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.language.LanguageProfile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.qa.Severity;

/**
 * Currencies, percentages and units attached to numbers in an English source; the forms that carry them in a
 * target language ("$5" → "5 долларов", "5 đô la", "5 USD") are in its profile's {@code unitWords}.
 */
final class Units {

    /**
     * @param name     shown to the editor
     * @param severity ERROR for money and percentages; WARNING for physical and time units, which translators
     *                 legitimately convert (miles → km) or rephrase (24 hours → сутки)
     * @param before   symbols or codes written before a number ("$5", "Rs 127"), or null
     * @param after    words, symbols or codes written after a number ("5 dollars", "25%"), or null
     */
    record Unit(String name, Severity severity, Pattern before, Pattern after) {
    }

    record Hit(Unit unit, int start, int end) {
    }

    /** A number, optionally scaled, at the end of the text before a unit word: "5", "1.5 million", "two". */
    private static final Pattern NUM_BEFORE = Pattern.compile("(?:\\d[\\d.,]*|\\b(?:two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|few"
            + "|several))(?:[ -]?(?:thousand|million|billion|trillion|bn|m|k))?[ \\u00A0-]?(?:US |square |cubic )?$",
            Pattern.CASE_INSENSITIVE);
    /** A number right after a symbol: "$ 5", "£11million". */
    private static final Pattern NUM_AFTER = Pattern.compile("^[ \\u00A0]?\\d");

    private static final List<Unit> UNITS = new ArrayList<>();

    static {
        add("dollars", Severity.ERROR, "(?:US|A|C|NZ|HK|S)?\\$|\\bUSD", "\\b(?:dollars?|USD)\\b");
        add("pounds sterling", Severity.ERROR, "£|\\bGBP", "\\b(?:pounds? sterling|GBP)\\b");
        add("euros", Severity.ERROR, "€|\\bEUR", "\\b(?:euros?|EUR)\\b|€");
        add("yen", Severity.ERROR, "¥|\\bJPY", "\\b(?:yen|JPY)\\b");
        add("yuan", Severity.ERROR, "\\b(?:RMB|CNY)", "\\b(?:yuan|renminbi|RMB|CNY)\\b");
        add("rubles", Severity.ERROR, "₽|\\bRUB", "\\b(?:rubles?|roubles?|RUB)\\b|₽");
        add("rupees", Severity.ERROR, "₹|\\bRs\\.?|\\bINR", "\\b(?:rupees?|INR)\\b");
        add("percent", Severity.ERROR, null, "%|\\bper ?cent\\b");
        unit("kilometres", "km|kilomet(?:re|er)s?");
        unit("miles", "miles?");
        unit("kilograms", "kg|kilo(?:gram(?:me)?)?s?");
        unit("metres", "metres?|meters?");
        unit("feet", "feet|foot|ft");
        unit("inches", "inch(?:es)?");
        unit("pounds", "pounds?|lbs?");
        unit("tonnes", "tonnes?|tons?");
        unit("degrees", "°|degrees?");
        unit("hours", "hours?|hrs?");
        unit("minutes", "minutes?|mins?");
        unit("days", "days?");
        unit("weeks", "weeks?");
        unit("months", "months?");
    }


    private Units() {
    }

    private static void unit(String name, String words) {
        add(name, Severity.WARNING, null, "(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])");
    }

    private static void add(String name, Severity severity, String before, String after) {
        UNITS.add(new Unit(name, severity,
                before == null ? null : Pattern.compile(before),
                after == null ? null : Pattern.compile(after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    /** Units next to numbers in an English text, one hit per unit. */
    static List<Hit> inSource(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Unit u : UNITS) {
            Hit h = find(u, text);
            if (h != null) {
                hits.add(h);
            }
        }
        return hits;
    }

    private static Hit find(Unit u, String text) {
        if (u.before() != null) {
            Matcher m = u.before().matcher(text);
            while (m.find()) {
                if (NUM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2))).find()) {
                    return new Hit(u, m.start(), numberEnd(text, m.end()));
                }
            }
        }
        if (u.after() != null) {
            Matcher m = u.after().matcher(text);
            while (m.find()) {
                Matcher n = NUM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
                if (n.find()) {
                    return new Hit(u, Math.max(0, m.start() - 40) + n.start(), m.end());
                }
            }
        }
        return null;
    }

    /** End of "5", "1,200.5", "11million" after a currency symbol. */
    private static int numberEnd(String text, int from) {
        int k = from;
        while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || ".,".indexOf(text.charAt(k)) >= 0
                || (k == from && text.charAt(k) == ' '))) {
            k++;
        }
        while (k > from && ".,".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    /** Whether the target carries the unit; {@code true} for languages whose profile has no forms for it. */
    static boolean carried(Unit u, LanguageProfile target, String text) {
        Pattern p = target.unitWords().get(u.name());
        return p == null || p.matcher(Text.norm(text)).find();
    }
}
