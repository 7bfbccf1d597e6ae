package org.transdesk.qa.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.MonthMention;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;
import org.transdesk.language.NumberWord;
import org.transdesk.language.NumberWord.Type;

/**
 * Finds numbers, number words, ordinals, decades, times and month names in a paragraph and reduces each to
 * comparable keys: {@code "2018"}, {@code "1000.5"}, {@code "m:11"} (November / ноябрь / tháng 11).
 *
 * <p>A mention has {@linkplain Mention#exact exact} keys (what it means; a requirement is met when any of them
 * is offered by the other text), {@linkplain Mention#loose loose} keys (everything the other side may match
 * against: also the separate digit runs, each word's own value) and {@linkplain Mention#foreign foreign} keys
 * (values that only come out when the number is read with another language's separators, e.g. "1,000" in
 * Russian reads 1, not 1000).
 */
public final class Numbers {

    public enum Kind { DIGITS, ORDINAL, WORD, MONTH }

    /**
     * @param required whether the other text must carry it: digits, digit ordinals and months always; number
     *                 words only when English, exact ("two", not "millions of" or "first") and not "one"
     */
    public record Mention(Kind kind, String surface, int start, int end, Set<String> exact, Set<String> loose,
                          Set<String> foreign, boolean required) {
    }

    public static final String MONTH = "m:";

    private static final Pattern DIGITS_EN = Pattern.compile("\\d{1,2}:\\d{2}(?!\\d)|\\d+(?:[.,]\\d+)*");
    /** Space groups join only before exactly three digits: "1 000 000", not "2018 100". */
    private static final Pattern DIGITS_LOCAL =
            Pattern.compile("\\d{1,2}:\\d{2}(?!\\d)|\\d+(?:(?:[.,]|[ \\u00A0\\u202F\\u2009](?=\\d{3}(?!\\d)))\\d+)*");

    private static final Pattern AM_PM = Pattern.compile("^\\s?([ap])\\.?\\s?m\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_EN = Pattern.compile("^(st|nd|rd|th)(?![\\p{L}])");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(\\d{2})\\d{2}\\s?[-–/]\\s?$");
    /** dd.mm.yyyy, dd/mm/yyyy, dd/mm, mm/yyyy, yyyy-mm-dd. */
    private static final Pattern DATE_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{2,4}))?(?![\\d])");
    private static final Pattern DATE_MY = Pattern.compile("(?<![\\d./])(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)\\d{4}-(\\d{2})-\\d{2}(?!\\d)");

    private Numbers() {
    }

    /** Everything numeric in {@code text}, read with the conventions of {@code lang}'s profile. */
    public static List<Mention> find(LanguageProfile lang, String text) {
        List<Mention> out = new ArrayList<>();
        findDigits(lang, text, out);
        findWords(lang, text, out);
        findRoman(text, out);
        findMonths(lang, text, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** All keys a text offers for matching. */
    public static Set<String> offered(List<Mention> mentions) {
        Set<String> s = new LinkedHashSet<>();
        for (Mention m : mentions) {
            s.addAll(m.loose());
        }
        return s;
    }

    /** Keys a text offers only when read with foreign separators. */
    public static Set<String> offeredForeign(List<Mention> mentions) {
        Set<String> s = new LinkedHashSet<>();
        for (Mention m : mentions) {
            s.addAll(m.foreign());
        }
        return s;
    }

    public static boolean matches(Mention required, Set<String> offered) {
        for (String k : required.exact()) {
            if (offered.contains(k)) {
                return true;
            }
        }
        return false;
    }

    public static String key(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    public static String monthKey(int month) {
        return MONTH + month;
    }

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /** Human form of a key for messages. */
    public static String show(String key) {
        if (key.startsWith(MONTH)) {
            return MONTHS_EN[Integer.parseInt(key.substring(MONTH.length())) - 1];
        }
        return key;
    }

    // ---------------------------------------------------------------- digits

    private static final Pattern TIME_EN = Pattern.compile("(\\d{1,2})[.:](\\d{2})");
    private static final Pattern DURATION = Pattern.compile("^[ -](months?|hours?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HHMM = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d");
    private static final Pattern DIGIT_BEFORE = Pattern.compile("\\d\\s?$");
    private static final Pattern MILITARY = Pattern.compile("^\\s?(GMT|UTC|hrs|hours|h\\b|local)");
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\d])[IVXLC]+(?![\\p{L}\\d])");
    private static void findDigits(LanguageProfile lang, String text, List<Mention> out) {
        NumberStyle style = lang.numbers();
        Pattern scale = style.scaleAfter();
        // "25 и 40 тысячами": a scale word anywhere may belong to any number of the paragraph
        List<BigDecimal> factorsInText = new ArrayList<>();
        Matcher fm = style.scaleAnywhere().matcher(text);
        while (fm.find()) {
            BigDecimal f = style.scaleFactor().apply(fm.group(1).toLowerCase(Locale.ROOT));
            if (f != null && !factorsInText.contains(f)) {
                factorsInText.add(f);
            }
        }
        Mention previous = null;
        BigDecimal previousScaled = null;
        BigDecimal previousFactor = null;
        int previousScaleEnd = -1;

        Matcher m = (style.spaceGroups() ? DIGITS_LOCAL : DIGITS_EN).matcher(text);
        while (m.find()) {
            String raw = m.group();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16));
            String before = text.substring(Math.max(0, m.start() - 8), m.start());

            // 1.15pm, 3:30 p.m., 23:35 → hour (also on the other half of the clock) and minutes
            Matcher time = TIME_EN.matcher(raw);
            boolean ampm = AM_PM.matcher(after).find();
            if (time.matches() && (raw.contains(":") || (style.englishForms() && ampm))) {
                int h = Integer.parseInt(time.group(1));
                Set<String> hour = new LinkedHashSet<>(List.of(String.valueOf(h)));
                if (h < 12) {
                    hour.add(String.valueOf(h + 12));
                } else if (h > 12 && h < 24) {
                    hour.add(String.valueOf(h - 12));
                }
                int split = m.start() + time.end(1);
                out.add(new Mention(Kind.DIGITS, time.group(1), m.start(), split, hour, new LinkedHashSet<>(hour),
                        Set.of(), true));
                String mm = time.group(2);
                Set<String> min = new LinkedHashSet<>(List.of(key(new BigDecimal(mm))));
                out.add(new Mention(Kind.DIGITS, mm, split + 1, m.end(), min, new LinkedHashSet<>(min), Set.of(),
                        !mm.equals("00")));
                continue;
            }

            List<String> runs = new ArrayList<>();
            List<Character> seps = new ArrayList<>();
            split(raw, runs, seps);
            Set<String> local = new LinkedHashSet<>();
            for (NumberReading r : style.local()) {
                BigDecimal v = read(runs, seps, r);
                if (v != null) {
                    local.add(key(v));
                }
            }
            Set<String> foreign = new LinkedHashSet<>();
            for (NumberReading r : style.foreign()) {
                BigDecimal v = read(runs, seps, r);
                if (v != null) {
                    foreign.add(key(v));
                }
            }
            Set<String> runKeys = new LinkedHashSet<>();
            for (String run : runs) {
                runKeys.add(key(new BigDecimal(run)));
            }
            Set<String> exact = new LinkedHashSet<>(!local.isEmpty() ? local : !foreign.isEmpty() ? foreign : runKeys);
            Set<String> loose = new LinkedHashSet<>(local);
            loose.addAll(runKeys);
            // read with foreign separators only ("1,000.5" in Russian): offered as foreign, not as a match
            boolean foreignOnly = local.isEmpty() && !foreign.isEmpty();
            Set<String> offeredSet = foreignOnly ? foreign : loose;
            Kind kind = Kind.DIGITS;
            String ordinalSuffix = "";
            boolean required = true;
            BigDecimal value = new BigDecimal(exact.iterator().next());

            // 5 million, 1,5 млн, 3 triệu: also the full value
            BigDecimal scaled = null;
            BigDecimal factor = null;
            Matcher sm = scale.matcher(after);
            if (sm.find()) {
                factor = style.scaleFactor().apply(sm.group(1).toLowerCase(Locale.ROOT));
                if (factor != null) {
                    scaled = value.multiply(factor);
                    exact.add(key(scaled));
                    offeredSet.add(key(scaled));
                }
            }
            for (BigDecimal f : factorsInText) {
                offeredSet.add(key(value.multiply(f)));
            }
            // "2 миллиона 750 тысяч" = 2.75 million
            if (scaled != null && previousScaled != null && factor.compareTo(previousFactor) < 0
                    && text.substring(previousScaleEnd, m.start()).isBlank()) {
                String sum = key(previousScaled.add(scaled));
                loose.add(sum);
                previous.loose().add(sum);
            }

            // 18 months → 1,5 года; 48 hours → двое суток
            Matcher du = DURATION.matcher(after);
            if (du.find() && value.scale() <= 0) {
                BigDecimal per = du.group(1).toLowerCase(Locale.ROOT).startsWith("month") ? BigDecimal.valueOf(12)
                        : BigDecimal.valueOf(24);
                BigDecimal converted = value.divide(per, 2, java.math.RoundingMode.HALF_UP);
                if (converted.multiply(BigDecimal.TEN).stripTrailingZeros().scale() <= 0) {
                    exact.add(key(converted));
                }
            }
            // 1200 GMT → 12:00
            if (HHMM.matcher(raw).matches() && MILITARY.matcher(after).find()) {
                exact.add(key(new BigDecimal(raw.substring(0, 2))));
            }
            if (style.englishForms()) {
                // 30th, 1st: required like any number, reported as an ordinal
                Matcher om = ORDINAL_EN.matcher(after);
                if (om.find()) {
                    kind = Kind.ORDINAL;
                    ordinalSuffix = om.group(1);
                }
                // 1990s, '90s, 60s
                if (after.startsWith("s") && (after.length() < 2 || !Character.isLetter(after.charAt(1))) && (raw.length() == 2 || raw.length() == 4) && allDigits(raw)
                        && raw.endsWith("0")) {
                    if (raw.length() == 4) {
                        exact.add(key(new BigDecimal(raw.substring(2))));
                        if (raw.endsWith("00")) { // the 1800s: the 19th century
                            exact.add(String.valueOf(Integer.parseInt(raw.substring(0, 2)) + 1));
                        }
                    } else {
                        exact.add("19" + raw);
                        exact.add("20" + raw);
                    }
                }
                // 3 p.m. → 15 (a 24-hour clock)
                Matcher ap = AM_PM.matcher(after);
                if (ap.find() && (raw.length() <= 2 && allDigits(raw))) {
                    int h = Integer.parseInt(raw);
                    if (ap.group(1).equalsIgnoreCase("p") && h < 12) {
                        exact.add(String.valueOf(h + 12));
                    } else if (ap.group(1).equalsIgnoreCase("a") && h == 12) {
                        exact.add("0");
                    }
                }
            }
            // minutes ":00" need not survive ("в 15 часов")
            if (raw.equals("00") && before.endsWith(":")) {
                required = false;
            }
            // 2019-20 → 2020
            Matcher yb = YEAR_BEFORE.matcher(before);
            if ((raw.length() == 2 && allDigits(raw)) && yb.find()) {
                exact.add(key(new BigDecimal(yb.group(1) + raw)));
            }
            // 9/11, 11 ноября: a small number may be carried by a month name
            if ((raw.length() <= 2 && allDigits(raw))) {
                int n = Integer.parseInt(raw);
                if (n >= 1 && n <= 12) {
                    exact.add(monthKey(n));
                }
            }
            offeredSet.addAll(exact.stream().filter(k -> !k.startsWith(MONTH)).toList());
            foreign.removeAll(loose);
            Mention mention = new Mention(kind, raw + ordinalSuffix, m.start(), m.end() + ordinalSuffix.length(), exact,
                    loose, foreign, required);
            out.add(mention);
            previous = mention;
            previousScaled = scaled;
            previousFactor = factor;
            previousScaleEnd = scaled == null ? -1 : m.end() + sm.end();
        }
    }

    private static void split(String raw, List<String> runs, List<Character> seps) {
        int i = 0;
        while (i < raw.length()) {
            int j = i;
            while (j < raw.length() && Character.isDigit(raw.charAt(j))) {
                j++;
            }
            runs.add(raw.substring(i, j));
            if (j < raw.length()) {
                seps.add(raw.charAt(j));
            }
            i = j + 1;
        }
    }

    /** The value under one reading, or null when the separators don't fit it. */
    private static BigDecimal read(List<String> runs, List<Character> seps, NumberReading r) {
        if (seps.isEmpty()) {
            return new BigDecimal(runs.get(0));
        }
        StringBuilder sb = new StringBuilder(runs.get(0));
        boolean decimalSeen = false;
        boolean grouped = false;
        for (int i = 0; i < seps.size(); i++) {
            char sep = seps.get(i);
            String next = runs.get(i + 1);
            if (sep == r.decimal()) {
                if (decimalSeen || i != seps.size() - 1) {
                    return null;
                }
                decimalSeen = true;
                sb.append('.').append(next);
            } else if (r.groups().indexOf(sep) >= 0) {
                if (next.length() != 3 || runs.get(0).length() > 3 || runs.get(0).startsWith("0")) {
                    return null;
                }
                grouped = true;
                sb.append(next);
            } else {
                return null;
            }
        }
        return new BigDecimal(sb.toString());
    }

    // ---------------------------------------------------------------- words

    private static void findWords(LanguageProfile lang, String text, List<Mention> out) {
        NumberStyle style = lang.numbers();
        // letter runs: "twenty-five" and "four-month-old" are looked up piece by piece (Chinese: per character)
        Matcher m = style.wordPiece().matcher(text);
        List<Text.Tok> run = new ArrayList<>();
        List<NumberWord> vals = new ArrayList<>();
        while (m.find()) {
            NumberWord w = style.words().apply(Text.norm(m.group()));
            if (w == null) {
                flush(lang, text, run, vals, out);
                continue;
            }
            if (!run.isEmpty() && (!gapIsJoin(lang, text, run.getLast().end(), m.start())
                    || !continues(lang, vals.getLast(), w))) {
                flush(lang, text, run, vals, out);
            }
            run.add(new Text.Tok(m.group(), m.start(), m.end()));
            vals.add(w);
        }
        flush(lang, text, run, vals, out);
    }

    /** Whether {@code next} can continue a number that ended with {@code prev}: "twenty five", not "three one". */
    private static boolean continues(LanguageProfile lang, NumberWord prev, NumberWord next) {
        Type p = prev.type();
        Type n = next.type();
        if (n == Type.SCALE || n == Type.MUL10 || n == Type.MUL100 || n == Type.LINK || p == Type.LINK) {
            return true;
        }
        return switch (p) {
            case UNIT -> false;
            case TEEN -> lang.numbers().tenTakesUnit() && n == Type.UNIT; // vi "mười hai" = 12
            case TENS -> n == Type.UNIT;
            case HUNDREDS, MUL100 -> n != Type.HUNDREDS;
            case MUL10 -> n == Type.UNIT;
            case SCALE -> true;
            case LINK -> true;
        };
    }

    /** Roman numerals (XV веке, Thế chiến II): offered for matching, never required. */
    private static void findRoman(String text, List<Mention> out) {
        Matcher m = ROMAN.matcher(text);
        while (m.find()) {
            int v = roman(m.group());
            if (v > 0) {
                Set<String> k = new LinkedHashSet<>(List.of(String.valueOf(v)));
                out.add(new Mention(Kind.WORD, m.group(), m.start(), m.end(), k, k, Set.of(), false));
            }
        }
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Value of a well-formed Roman numeral up to 399, or 0. */
    static int roman(String r) {
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = romanDigit(r.charAt(i));
            int next = i + 1 < r.length() ? romanDigit(r.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        String back = toRoman(total);
        return back.equals(r) ? total : 0;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
        };
    }

    private static String toRoman(int n) {
        if (n <= 0 || n >= 400) {
            return "";
        }
        int[] vals = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] syms = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vals.length; i++) {
            while (n >= vals[i]) {
                sb.append(syms[i]);
                n -= vals[i];
            }
        }
        return sb.toString();
    }

    /** Words of one number are separated by spaces (and "and" in English). */
    private static boolean gapIsJoin(LanguageProfile lang, String text, int from, int to) {
        String gap = text.substring(from, to);
        if (gap.equals("-") || gap.equals("‐") || (gap.isBlank() && !gap.isEmpty())) {
            return true;
        }
        if (gap.isEmpty() && lang.numbers().piecesTouch()) {
            return true;
        }
        return gap.equals(lang.numbers().wordJoin());
    }

    private static void flush(LanguageProfile lang, String text, List<Text.Tok> run, List<NumberWord> vals, List<Mention> out) {
        if (run.isEmpty()) {
            return;
        }
        int start = run.getFirst().start();
        int end = run.getLast().end();
        String surface = text.substring(start, end);
        Set<String> loose = new LinkedHashSet<>();
        boolean approximate = false;
        boolean ordinal = false;
        for (NumberWord v : vals) {
            loose.add(key(v.value()));
            approximate |= v.approximate();
            ordinal |= v.ordinal();
        }
        // "a dozen" is a number, but a lone "одну" or "một" is usually an article or pronoun
        BigDecimal[] composed = compose(vals);
        Set<String> exact = new LinkedHashSet<>();
        exact.add(key(composed[0]));
        if (composed[1] != null) {
            exact.add(key(composed[1]));
        }
        loose.addAll(exact);
        boolean onlyOne = vals.size() == 1 && vals.getFirst().value().compareTo(BigDecimal.ONE) == 0;
        boolean required = lang.numbers().wordsRequired() && !approximate && !ordinal && !onlyOne
                && vals.stream().noneMatch(v -> v.type() == Type.LINK);
        // "second" as a unit of time, "zero" as a noun are not worth requiring either
        if (lang.numbers().wordsRequired() && vals.size() == 1 && vals.getFirst().value().signum() == 0) {
            required = false;
        }
        // "£11million", "5 million": the scale word belongs to the digits before it
        boolean scaleOnly = vals.stream().allMatch(v -> v.type() == Type.SCALE);
        String before = text.substring(Math.max(0, start - 2), start);
        if (scaleOnly && DIGIT_BEFORE.matcher(before).find()) {
            required = false;
        }
        out.add(new Mention(Kind.WORD, surface, start, end, exact, loose, Set.of(), required));
        run.clear();
        vals.clear();
    }

    /** [value, value before the last scale word or null]. */
    private static BigDecimal[] compose(List<NumberWord> vals) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cur = BigDecimal.ZERO;
        BigDecimal last = BigDecimal.ZERO;
        BigDecimal lastScale = null;
        BigDecimal mantissa = null;
        for (NumberWord w : vals) {
            BigDecimal v = w.value();
            switch (w.type()) {
                case UNIT, TEEN, TENS, HUNDREDS -> {
                    cur = cur.add(v);
                    last = v;
                }
                case MUL10, MUL100 -> {
                    BigDecimal base = last.signum() == 0 ? BigDecimal.ONE : last;
                    cur = cur.subtract(last).add(base.multiply(v));
                    last = BigDecimal.ZERO;
                }
                case SCALE -> {
                    if (cur.signum() == 0 && total.signum() > 0 && lastScale != null && v.compareTo(lastScale) > 0) {
                        mantissa = total;
                        total = total.multiply(v);
                    } else {
                        BigDecimal base = cur.signum() == 0 ? BigDecimal.ONE : cur;
                        mantissa = base;
                        total = total.add(base.multiply(v));
                    }
                    cur = BigDecimal.ZERO;
                    last = BigDecimal.ZERO;
                    lastScale = v;
                }
                case LINK -> {
                }
            }
        }
        return new BigDecimal[] {total.add(cur), mantissa};
    }

    // ---------------------------------------------------------------- months

    private static void findMonths(LanguageProfile lang, String text, List<Mention> out) {
        NumberStyle style = lang.numbers();
        for (MonthMention mm : style.months().apply(text)) {
            month(out, text, mm.start(), mm.end(), mm.month());
        }
        if (style.dates() != NumberStyle.DateStyle.NONE) {
            Matcher d = DATE_DMY.matcher(text);
            while (d.find()) {
                int mm = Integer.parseInt(d.group(2));
                // dd.mm.yyyy anywhere; dd/mm without a year only in Vietnamese ("2.4 GHz" is no date)
                boolean slash = text.charAt(d.start(2) - 1) == '/';
                if (mm >= 1 && mm <= 12 && Integer.parseInt(d.group(1)) <= 31
                        && (d.group(3) != null || (style.dates() == NumberStyle.DateStyle.DAY_MONTH && slash))) {
                    month(out, text, d.start(), d.end(), mm);
                }
            }
            Matcher my = DATE_MY.matcher(text);
            while (my.find()) {
                int mm = Integer.parseInt(my.group(1));
                if (mm >= 1 && mm <= 12) {
                    month(out, text, my.start(), my.end(), mm);
                }
            }
        }
        Matcher iso = DATE_ISO.matcher(text);
        while (iso.find()) {
            int mm = Integer.parseInt(iso.group(1));
            if (mm >= 1 && mm <= 12) {
                month(out, text, iso.start(), iso.end(), mm);
            }
        }
    }

    private static void month(List<Mention> out, String text, int start, int end, int month) {
        if (month < 1) {
            return;
        }
        Set<String> k = Set.of(monthKey(month));
        out.add(new Mention(Kind.MONTH, text.substring(start, end), start, end, k, k, Set.of(), true));
    }
}
