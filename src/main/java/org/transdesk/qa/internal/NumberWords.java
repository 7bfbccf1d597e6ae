package org.transdesk.qa.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Number words of English, Russian and Vietnamese ("two", "двух", "hai", "двадцать пятый", "hai mươi lăm"),
 * looked up one normalised token at a time; {@link Numbers} composes runs of them into values.
 */
final class NumberWords {

    enum Type {
        /** 0–9 (and 1.5 "полтора"). */
        UNIT,
        /** 10–19. */
        TEEN,
        /** 20, 30 … 90. */
        TENS,
        /** 100 … 900 as one word ("двести"). */
        HUNDREDS,
        /** Multiplies the preceding unit by 10: vi "mươi", "chục". */
        MUL10,
        /** Multiplies the preceding unit by 100: en "hundred", vi "trăm". */
        MUL100,
        /** thousand, million …: closes a group. */
        SCALE,
        /** vi "linh"/"lẻ": zero inside a number, adds nothing. */
        LINK
    }

    /**
     * @param approximate "millions of", "dozens", "hundreds": a quantity, not a number to carry over
     * @param ordinal     "first", "тридцатый": carried over loosely (never required)
     */
    record NumWord(BigDecimal value, Type type, boolean approximate, boolean ordinal) {
    }

    private static final Map<String, NumWord> EN = new HashMap<>();
    private static final Map<String, NumWord> VI = new HashMap<>();
    private static final List<Map.Entry<Pattern, NumWord>> RU = new ArrayList<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int i = 0; i < units.length; i++) {
            en(units[i], i, Type.UNIT);
        }
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen"};
        for (int i = 0; i < teens.length; i++) {
            en(teens[i], 10 + i, Type.TEEN);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            en(tens[i], 20 + 10 * i, Type.TENS);
        }
        en("dozen", 12, Type.UNIT);
        en("hundred", 100, Type.MUL100);
        en("thousand", 1000, Type.SCALE);
        en("million", 1_000_000, Type.SCALE);
        en("billion", 1_000_000_000, Type.SCALE);
        en("trillion", 1_000_000_000_000L, Type.SCALE);
        for (String approx : new String[] {"dozens", "hundreds", "thousands", "millions", "billions", "trillions"}) {
            String base = approx.substring(0, approx.length() - 1);
            NumWord b = EN.get(base);
            EN.put(approx, new NumWord(b.value(), b.type(), true, false));
        }
        // "11 fours and 2 sixes", "in his twenties": quantities, offered but never required
        String[] plurals = {"", "ones", "twos", "threes", "fours", "fives", "sixes", "sevens", "eights", "nines",
                "tens", "elevens", "twelves"};
        for (int i = 2; i < plurals.length; i++) {
            EN.put(plurals[i], new NumWord(BigDecimal.valueOf(i), i < 10 ? Type.UNIT : Type.TEEN, true, false));
        }
        EN.put("decade", new NumWord(BigDecimal.TEN, Type.TEEN, true, false));
        EN.put("decades", new NumWord(BigDecimal.TEN, Type.TEEN, true, false));
        String[] decades = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties"};
        for (int i = 0; i < decades.length; i++) {
            EN.put(decades[i], new NumWord(BigDecimal.valueOf(20 + 10 * i), Type.TENS, true, false));
        }
        String[] ordUnits = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 1; i < ordUnits.length; i++) {
            EN.put(ordUnits[i], new NumWord(BigDecimal.valueOf(i), i < 10 ? Type.UNIT : Type.TEEN, false, true));
        }
        String[] ordTens = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                "eightieth", "ninetieth"};
        for (int i = 0; i < ordTens.length; i++) {
            EN.put(ordTens[i], new NumWord(BigDecimal.valueOf(20 + 10 * i), Type.TENS, false, true));
        }
        EN.put("hundredth", new NumWord(BigDecimal.valueOf(100), Type.MUL100, false, true));
        EN.put("thousandth", new NumWord(BigDecimal.valueOf(1000), Type.SCALE, false, true));

        // Vietnamese (NFC, lower case). "năm" is also "year", "ba" also "father": only ever loose matches.
        vi("một", 1, Type.UNIT);
        vi("mốt", 1, Type.UNIT);
        vi("hai", 2, Type.UNIT);
        vi("đôi", 2, Type.UNIT);
        vi("ba", 3, Type.UNIT);
        vi("bốn", 4, Type.UNIT);
        vi("tư", 4, Type.UNIT);
        vi("năm", 5, Type.UNIT);
        vi("lăm", 5, Type.UNIT);
        vi("nhăm", 5, Type.UNIT);
        vi("sáu", 6, Type.UNIT);
        vi("bảy", 7, Type.UNIT);
        vi("bẩy", 7, Type.UNIT);
        vi("tám", 8, Type.UNIT);
        vi("chín", 9, Type.UNIT);
        vi("mười", 10, Type.TEEN);
        vi("mươi", 10, Type.MUL10);
        vi("chục", 10, Type.MUL10);
        vi("trăm", 100, Type.MUL100);
        vi("nghìn", 1000, Type.SCALE);
        vi("ngàn", 1000, Type.SCALE);
        vi("triệu", 1_000_000, Type.SCALE);
        vi("tỷ", 1_000_000_000, Type.SCALE);
        vi("tỉ", 1_000_000_000, Type.SCALE);
        vi("linh", 0, Type.LINK);
        vi("lẻ", 0, Type.LINK);
        VI.put("nhất", new NumWord(BigDecimal.ONE, Type.UNIT, false, true));

        // Russian (lower case, ё→е). Order matters: longer stems before the ones they start with.
        String adj = "(?:ый|ой|ий|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ей|ую|юю|ое|ее|ые|ие|ых|их|ыми|ими)";
        ru("(?:двухсот|двести)\\p{L}*", 200);
        ru("(?:трехсот|триста)\\p{L}*", 300);
        ru("(?:четырехсот|четыреста)\\p{L}*", 400);
        ru("(?:пятьсот|пятисот)\\p{L}*", 500);
        ru("(?:шестьсот|шестисот)\\p{L}*", 600);
        ru("(?:семьсот|семисот)\\p{L}*", 700);
        ru("(?:восемьсот|восьмисот)\\p{L}*", 800);
        ru("(?:девятьсот|девятисот)\\p{L}*", 900);
        ru("сто|ста|сотн\\p{L}*|сотен|сот" + adj + "|столет\\p{L}*", 100);
        ru("одиннадцат\\p{L}*", 11);
        ru("двенадцат\\p{L}*|дюжин\\p{L}*", 12);
        ru("тринадцат\\p{L}*", 13);
        ru("четырнадцат\\p{L}*", 14);
        ru("пятнадцат\\p{L}*", 15);
        ru("шестнадцат\\p{L}*", 16);
        ru("семнадцат\\p{L}*", 17);
        ru("восемнадцат\\p{L}*", 18);
        ru("девятнадцат\\p{L}*", 19);
        ru("двадцат\\p{L}*", 20);
        ru("тридцат\\p{L}*", 30);
        ru("сорок|сорока|сорокал\\p{L}*|сороков\\p{L}*", 40);
        ru("пятьдесят|пятидесят\\p{L}*", 50);
        ru("шестьдесят|шестидесят\\p{L}*", 60);
        ru("семьдесят|семидесят\\p{L}*", 70);
        ru("восемьдесят|восьмидесят\\p{L}*", 80);
        ru("девяносто|девяноста|девяност\\p{L}*", 90);
        ru("ноль|нуль|нол[яюеи]\\p{L}*|нул[яюеи]\\p{L}*", 0);
        ru("один|одна|одно|одного|одной|одному|одним|одном|одну|одни|одних|одними|перв\\p{L}*", 1);
        ru("полтора|полторы|полутора", 1.5);
        ru("два|две|двух\\p{L}*|двум|двумя|двое|двоих|двоим|двоими|дву[кс]\\p{L}+|втор" + adj
                + "|оба|обе|обоих|обеих|обоим|обеим|обоими|обеими", 2);
        ru("три|трех\\p{L}*|трем|тремя|трое|троих|троим|трет(?:ий|ьего|ьему|ьим|ьем|ья|ьей|ью|ье|ьи|ьих|ьими)", 3);
        ru("четыре|четырех\\p{L}*|четырем|четырьмя|четверо|четверых|четверт\\p{L}*", 4);
        ru("пять|пяти\\p{L}*|пятью|пятеро|пятерых|пят" + adj, 5);
        ru("шесть|шести\\p{L}*|шестью|шестеро|шестерых|шест" + adj, 6);
        ru("семь|семи\\p{L}*|семью|семеро|семерых|седьм" + adj, 7);
        ru("восемь|восьми\\p{L}*|восемью|восьмью|восьмеро|восьм" + adj, 8);
        ru("девять|девяти\\p{L}*|девятью|девятеро|девят" + adj, 9);
        ru("десять|десяти\\p{L}*|десятью|десяток|десятка|десятки|десятков|десятк\\p{L}*|десят" + adj, 10);
        // card/score nouns: "11 четвёрок", "тройка лидеров"
        ru("двойк\\p{L}*|двоек", 2);
        ru("тройк\\p{L}*|троек", 3);
        ru("четверк\\p{L}*|четверок", 4);
        ru("пятерк\\p{L}*|пятерок", 5);
        ru("шестерк\\p{L}*|шестерок", 6);
        ru("семерк\\p{L}*|семерок", 7);
        ru("восьмерк\\p{L}*|восьмерок", 8);
        ru("девятк\\p{L}*|девяток", 9);
        ru("час", 1); // "в час дня" = at 1 p.m.
        ru("сутки|суток|суткам|сутками|сутках|круглосуточн\\p{L}*", 24);
        ru("тысяч\\p{L}*|тыс", 1000);
        ru("миллион\\p{L}*|млн", 1_000_000);
        ru("миллиард\\p{L}*|млрд", 1_000_000_000);
        ru("триллион\\p{L}*|трлн", 1_000_000_000_000L);
    }

    /** Russian lookups run ~60 patterns; news text repeats its words, so remember the answers. */
    private static final Map<String, java.util.Optional<NumWord>> RU_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private NumberWords() {
    }

    private static java.util.Optional<NumWord> lookupRussian(String token) {
        for (Map.Entry<Pattern, NumWord> e : RU) {
            if (e.getKey().matcher(token).matches()) {
                return java.util.Optional.of(e.getValue());
            }
        }
        return java.util.Optional.empty();
    }

    private static void en(String w, long v, Type t) {
        EN.put(w, new NumWord(BigDecimal.valueOf(v), t, false, false));
    }

    private static void vi(String w, long v, Type t) {
        VI.put(w, new NumWord(BigDecimal.valueOf(v), t, false, false));
    }

    private static void ru(String regex, double v) {
        BigDecimal value = v == Math.rint(v) ? BigDecimal.valueOf((long) v) : BigDecimal.valueOf(v);
        RU.add(Map.entry(Pattern.compile(regex), new NumWord(value, typeOf(value), false, false)));
    }

    private static Type typeOf(BigDecimal v) {
        double d = v.doubleValue();
        if (d < 10) {
            return Type.UNIT;
        } else if (d < 20) {
            return Type.TEEN;
        } else if (d < 100) {
            return Type.TENS;
        } else if (d < 1000) {
            return Type.HUNDREDS;
        }
        return Type.SCALE;
    }

    /** The number word, or null. {@code token} must be {@link Text#norm normalised}. */
    static NumWord lookup(Lang lang, String token) {
        return switch (lang) {
            case EN -> EN.get(token);
            case VI -> VI.get(token);
            case RU -> {
                if (token.isEmpty() || token.charAt(0) < 'а' || token.charAt(0) > 'я') {
                    yield null;
                }
                if (RU_CACHE.size() > 50_000) {
                    RU_CACHE.clear();
                }
                yield RU_CACHE.computeIfAbsent(token, NumberWords::lookupRussian).orElse(null);
            }
            case OTHER -> null;
        };
    }
}
