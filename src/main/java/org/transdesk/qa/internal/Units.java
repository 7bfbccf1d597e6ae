package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.qa.Severity;

/**
 * Currencies, percentages and units attached to numbers in an English source, and the forms that carry them in
 * Russian and Vietnamese ("$5" → "5 долларов", "5 đô la", "5 USD").
 */
final class Units {

    /**
     * @param name     shown to the editor
     * @param severity ERROR for money and percentages; WARNING for physical and time units, which translators
     *                 legitimately convert (miles → km) or rephrase (24 hours → сутки)
     * @param before   symbols or codes written before a number ("$5", "Rs 127"), or null
     * @param after    words, symbols or codes written after a number ("5 dollars", "25%"), or null
     * @param targets  per target language, what counts as carrying it over (matched on normalised text)
     */
    record Unit(String name, Severity severity, Pattern before, Pattern after, Map<Lang, Pattern> targets) {
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
        add("dollars", Severity.ERROR, "(?:US|A|C|NZ|HK|S)?\\$|\\bUSD", "\\b(?:dollars?|USD)\\b",
                "\\$|usd|доллар|долл\\.?", "\\$|usd|đô[\\s-]?la|đôla|dollar|mỹ kim|\\b[a-z]{2}d\\b");
        add("pounds sterling", Severity.ERROR, "£|\\bGBP", "\\b(?:pounds? sterling|GBP)\\b", "£|gbp|фунт",
                "£|gbp|bảng|pound|sterling");
        add("euros", Severity.ERROR, "€|\\bEUR", "\\b(?:euros?|EUR)\\b|€", "€|eur|евро", "€|eur|euro|ơ-rô");
        add("yen", Severity.ERROR, "¥|\\bJPY", "\\b(?:yen|JPY)\\b", "¥|jpy|иен|йен", "¥|jpy|yên|yen");
        add("yuan", Severity.ERROR, "\\b(?:RMB|CNY)", "\\b(?:yuan|renminbi|RMB|CNY)\\b", "юан|¥|cny|rmb|жэньминьби",
                "nhân dân tệ|tệ|yuan|cny|rmb|¥");
        add("rubles", Severity.ERROR, "₽|\\bRUB", "\\b(?:rubles?|roubles?|RUB)\\b|₽", "₽|rub|руб",
                "rúp|ruble|rouble|rub|₽");
        add("rupees", Severity.ERROR, "₹|\\bRs\\.?|\\bINR", "\\b(?:rupees?|INR)\\b", "рупи|₹|inr",
                "rupee|rupi|₹|inr");
        add("percent", Severity.ERROR, null, "%|\\bper ?cent\\b", "%|процент", "%|phần\\s?trăm|percent");
        unit("kilometres", "km|kilomet(?:re|er)s?", "км|километр", "km|ki-?lô-?mét|kilômét|kilomet|cây số");
        unit("miles", "miles?", "мил[ьия]|миль|км|километр", "dặm|mile|km|ki-?lô-?mét|kilômét|cây số");
        unit("kilograms", "kg|kilo(?:gram(?:me)?)?s?", "кг|килограм|кило", "kg|ki-?lô|kilô|kilo|ký|cân");
        unit("metres", "metres?|meters?", "метр|\\bм\\b|м\\.", "mét|\\bm\\b|met\\b");
        unit("feet", "feet|foot|ft", "фут|метр|\\bм\\b", "feet|foot|ft|bộ|phít|mét|\\bm\\b");
        unit("inches", "inch(?:es)?", "дюйм|сантиметр|см", "inch|in-sơ|insơ|cm|xen-ti-mét|phân");
        unit("pounds", "pounds?|lbs?", "фунт|£|кг|килограм", "bảng|pound|pao|cân|kg|£");
        unit("tonnes", "tonnes?|tons?", "тонн|\\bт\\b", "tấn");
        unit("degrees", "°|degrees?", "°|градус", "°|độ");
        unit("hours", "hours?|hrs?", "час|сут", "giờ|tiếng|ngày");
        unit("minutes", "minutes?|mins?", "минут|мин\\.", "phút");
        unit("days", "days?", "дн|день|сут", "ngày|hôm");
        unit("weeks", "weeks?", "недел", "tuần");
        unit("months", "months?", "месяц|месяч|год|лет", "tháng|năm");
    }

    private Units() {
    }

    private static void unit(String name, String words, String ru, String vi) {
        add(name, Severity.WARNING, null, "(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])", ru, vi);
    }

    private static void add(String name, Severity severity, String before, String after, String ru, String vi) {
        int f = Pattern.UNICODE_CASE;
        UNITS.add(new Unit(name, severity,
                before == null ? null : Pattern.compile(before),
                after == null ? null : Pattern.compile(after, Pattern.CASE_INSENSITIVE | f),
                Map.of(Lang.RU, Pattern.compile(ru, f), Lang.VI, Pattern.compile(vi, f))));
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

    /** Whether the target carries the unit; {@code true} for languages we have no forms for. */
    static boolean carried(Unit u, Lang target, String text) {
        Pattern p = u.targets().get(target);
        return p == null || p.matcher(Text.norm(text)).find();
    }
}
