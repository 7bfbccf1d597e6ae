package org.transdesk.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.language.MonthMention;

/** Month names of English (also the generic profile's), Russian and Vietnamese. */
final class Months {

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final Pattern MONTH_EN = Pattern.compile(
            "(?<![\\p{L}])(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?![\\p{L}])");
    /** "May" is a month next to a number or after a time preposition, not in "Theresa May" or "May I". */
    private static final Pattern MAY_BEFORE = Pattern.compile(
            "(?i:\\b(?:in|since|until|till|by|early|late|mid|last|next|this|of|from|to|through)[\\s-]|\\d\\s?)$");
    private static final Pattern MAY_AFTER = Pattern.compile("^,?\\s?\\d");
    private static final String[] MONTHS_RU = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр"};
    /** Inflected month names (not "Мартелли"), adjectives ("майский") and abbreviations ("14 сент."). */
    private static final Pattern MONTH_RU = Pattern.compile(
            "(?<![\\p{L}])(?:(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем|ск\\p{L}*)"
                    + "|(март|август)(?:а|е|у|ом|овск\\p{L}*)?|(ма)(?:й|я|е|ю|ем|йск\\p{L}*)"
                    + "|(янв|фев|февр|апр|авг|сен|сент|окт|ноя|нояб|дек)\\.)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] MONTHS_RU_ABBR = {"янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен",
            "окт", "ноя", "дек"};
    private static final Pattern MONTH_VI_DIGIT = Pattern.compile("(?<![\\p{L}])tháng\\s?(\\d{1,2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_VI_WORD = Pattern.compile(
            "(?<![\\p{L}])tháng\\s(mười một|mười hai|giêng|chạp|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Months() {
    }

    static List<MonthMention> english(String text) {
        List<MonthMention> out = new ArrayList<>();
        Matcher m = MONTH_EN.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            if (w.equals("May")) {
                String before = text.substring(Math.max(0, m.start() - 12), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
                if (!MAY_BEFORE.matcher(before).find() && !MAY_AFTER.matcher(after).find()) {
                    continue;
                }
            }
            int month = 0;
            for (int i = 0; i < 12; i++) {
                if (MONTHS_EN[i].startsWith(w.replace(".", ""))) {
                    month = i + 1;
                    break;
                }
            }
            add(out, m.start(), m.end(), month);
        }
        return out;
    }

    static List<MonthMention> russian(String text) {
        List<MonthMention> out = new ArrayList<>();
        Matcher m = MONTH_RU.matcher(text);
        while (m.find()) {
            String w = Norm.of(m.group());
            for (int i = 0; i < 12; i++) {
                if (w.startsWith(MONTHS_RU[i]) || w.startsWith(MONTHS_RU_ABBR[i])) {
                    add(out, m.start(), m.end(), i + 1);
                    break;
                }
            }
        }
        return out;
    }

    static List<MonthMention> vietnamese(String text) {
        List<MonthMention> out = new ArrayList<>();
        Matcher m = MONTH_VI_DIGIT.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= 12) {
                add(out, m.start(), m.end(), n);
            }
        }
        m = MONTH_VI_WORD.matcher(text);
        while (m.find()) {
            int n = switch (Norm.of(m.group(1))) {
                case "giêng", "một" -> 1;
                case "hai" -> 2;
                case "ba" -> 3;
                case "tư", "bốn" -> 4;
                case "năm" -> 5;
                case "sáu" -> 6;
                case "bảy" -> 7;
                case "tám" -> 8;
                case "chín" -> 9;
                case "mười" -> 10;
                case "mười một" -> 11;
                default -> 12;
            };
            add(out, m.start(), m.end(), n);
        }
        return out;
    }

    /** Month names found by one pattern whose group 1 is looked up in {@code names} (lower case, 12 stems each a prefix). */
    static List<MonthMention> byStems(Pattern pattern, String[] stems, String text) {
        List<MonthMention> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String w = Norm.of(m.group(1));
            for (int i = 0; i < 12; i++) {
                if (w.startsWith(stems[i])) {
                    add(out, m.start(), m.end(), i + 1);
                    break;
                }
            }
        }
        return out;
    }

    static void add(List<MonthMention> out, int start, int end, int month) {
        if (month >= 1) {
            out.add(new MonthMention(start, end, month));
        }
    }
}
