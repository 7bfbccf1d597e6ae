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
     * @param source   where the English source has it next to a number
     * @param targets  per target language, what counts as carrying it over (matched on normalised text)
     */
    record Unit(String name, Severity severity, Pattern source, Map<Lang, Pattern> targets) {
    }

    record Hit(Unit unit, int start, int end) {
    }

    /** A number, optionally scaled: "5", "1.5 million", "$1.2bn", "two". */
    private static final String NUM = "(?:\\d[\\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few|several)"
            + "(?:[ -]?(?:thousand|million|billion|trillion|bn|m|k)\\b)?";

    private static final List<Unit> UNITS = new ArrayList<>();

    static {
        currency("dollars", "(?:US|A|C|NZ|HK|S)?\\$\\s?" + NUM + "|" + NUM + "\\s?(?:US\\s)?(?:dollars?|USD)\\b|\\bUSD\\s?\\d",
                "\\$|usd|доллар|долл\\.?", "\\$|usd|đô[\\s-]?la|đôla|dollar|mỹ kim|\\b[a-z]{2}d\\b");
        currency("pounds sterling", "£\\s?" + NUM + "|\\d[\\d.,]*\\s?(?:million|billion|m|bn)?\\s?GBP|" + NUM
                + "\\s?pounds? sterling", "£|gbp|фунт", "£|gbp|bảng|pound|sterling");
        currency("euros", "€\\s?" + NUM + "|" + NUM + "\\s?(?:euros?|EUR)\\b|\\bEUR\\s?\\d", "€|eur|евро",
                "€|eur|euro|ơ-rô");
        currency("yen", "¥\\s?" + NUM + "|" + NUM + "\\s?(?:yen|JPY)\\b", "¥|jpy|иен|йен", "¥|jpy|yên|yen");
        currency("yuan", NUM + "\\s?(?:yuan|renminbi|RMB|CNY)\\b", "юан|¥|cny|rmb|жэньминьби",
                "nhân dân tệ|tệ|yuan|cny|rmb|¥");
        currency("rubles", "₽\\s?" + NUM + "|" + NUM + "\\s?(?:rubles?|roubles?|RUB)\\b", "₽|rub|руб",
                "rúp|ruble|rouble|rub|₽");
        currency("rupees", "(?:₹|\\bRs\\.?)\\s?" + NUM + "|" + NUM + "\\s?(?:rupees?|INR)\\b", "рупи|₹|inr",
                "rupee|rupi|₹|inr");
        add("percent", Severity.ERROR, "\\d\\s?%|" + NUM + "\\s?(?:percent|per cent)\\b", "%|процент",
                "%|phần\\s?trăm|percent");
        unit("kilometres", "km|kilomet(?:re|er)s?", "км|километр", "km|ki-?lô-?mét|kilômét|kilomet|cây số");
        unit("miles", "miles?", "мил[ьия]|миль|км|километр", "dặm|mile|km|ki-?lô-?mét|kilômét|cây số");
        unit("kilograms", "kg|kilo(?:gram(?:me)?)?s?", "кг|килограм|кило", "kg|ki-?lô|kilô|kilo|ký|cân");
        unit("metres", "metres?|meters?", "метр|\\bм\\b|м\\.", "mét|\\bm\\b|met\\b");
        unit("feet", "feet|foot|ft", "фут|метр|\\bм\\b", "feet|foot|ft|bộ|phít|mét|\\bm\\b");
        unit("inches", "inch(?:es)?", "дюйм|сантиметр|см", "inch|in-sơ|insơ|cm|xen-ti-mét|phân");
        unit("pounds", "pounds?|lbs?", "фунт|£|кг|килограм", "bảng|pound|pao|cân|kg|£");
        unit("tonnes", "tonnes?|tons?", "тонн|\\bт\\b", "tấn");
        unit("degrees", "°|degrees?", "°|градус", "°|độ");
        unit("hours", "hours?|hrs?", "час|сут", "giờ|tiếng");
        unit("minutes", "minutes?|mins?", "минут|мин\\.", "phút");
        unit("days", "days?", "дн|день|сут", "ngày|hôm");
        unit("weeks", "weeks?", "недел", "tuần");
        unit("months", "months?", "месяц|месяч", "tháng");
    }

    private Units() {
    }

    private static void currency(String name, String source, String ru, String vi) {
        add(name, Severity.ERROR, source, ru, vi);
    }

    private static void unit(String name, String words, String ru, String vi) {
        add(name, Severity.WARNING, "(?<![\\p{L}\\d.,])" + NUM + "(?:-|\\s)?(?:square\\s|cubic\\s)?(?:" + words
                + ")(?![\\p{L}])", ru, vi);
    }

    private static void add(String name, Severity severity, String source, String ru, String vi) {
        int f = Pattern.UNICODE_CASE;
        UNITS.add(new Unit(name, severity, Pattern.compile(source, Pattern.CASE_INSENSITIVE | f),
                Map.of(Lang.RU, Pattern.compile(ru, f), Lang.VI, Pattern.compile(vi, f))));
    }

    /** Units next to numbers in an English text, one hit per unit. */
    static List<Hit> inSource(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Unit u : UNITS) {
            Matcher m = u.source().matcher(text);
            if (m.find()) {
                hits.add(new Hit(u, m.start(), m.end()));
            }
        }
        return hits;
    }

    /** Whether the target carries the unit; {@code true} for languages we have no forms for. */
    static boolean carried(Unit u, Lang target, String text) {
        Pattern p = u.targets().get(target);
        return p == null || p.matcher(Text.norm(text)).find();
    }
}
