package org.transdesk.language.internal;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;
import org.transdesk.language.NumberWord;
import org.transdesk.language.NumberWord.Type;
import org.transdesk.language.Quotes;
import org.transdesk.language.RepeatPolicy;

/** English: the source language of the agency's articles. */
final class English {

    static final NumberReading READING = new NumberReading('.', ",");
    static final String SPACES = " \u00A0\u202F\u2009";

    private static final Map<String, NumberWord> WORDS = new HashMap<>();

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
            NumberWord b = WORDS.get(base);
            WORDS.put(approx, new NumberWord(b.value(), b.type(), true, false));
        }
        // "11 fours and 2 sixes", "in his twenties": quantities, offered but never required
        String[] plurals = {"", "ones", "twos", "threes", "fours", "fives", "sixes", "sevens", "eights", "nines",
                "tens", "elevens", "twelves"};
        for (int i = 2; i < plurals.length; i++) {
            WORDS.put(plurals[i], new NumberWord(BigDecimal.valueOf(i), i < 10 ? Type.UNIT : Type.TEEN, true, false));
        }
        WORDS.put("decade", new NumberWord(BigDecimal.TEN, Type.TEEN, true, false));
        WORDS.put("decades", new NumberWord(BigDecimal.TEN, Type.TEEN, true, false));
        String[] decades = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties"};
        for (int i = 0; i < decades.length; i++) {
            WORDS.put(decades[i], new NumberWord(BigDecimal.valueOf(20 + 10 * i), Type.TENS, true, false));
        }
        String[] ordUnits = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 1; i < ordUnits.length; i++) {
            WORDS.put(ordUnits[i], new NumberWord(BigDecimal.valueOf(i), i < 10 ? Type.UNIT : Type.TEEN, false, true));
        }
        String[] ordTens = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                "eightieth", "ninetieth"};
        for (int i = 0; i < ordTens.length; i++) {
            WORDS.put(ordTens[i], new NumberWord(BigDecimal.valueOf(20 + 10 * i), Type.TENS, false, true));
        }
        WORDS.put("hundredth", new NumberWord(BigDecimal.valueOf(100), Type.MUL100, false, true));
        WORDS.put("thousandth", new NumberWord(BigDecimal.valueOf(1000), Type.SCALE, false, true));
    }

    private English() {
    }

    private static void en(String w, long v, Type t) {
        WORDS.put(w, NumberWord.of(v, t));
    }

    static LanguageProfile profile() {
        NumberStyle numbers = new NumberStyle(
                List.of(READING), List.of(new NumberReading(',', "." + SPACES)),
                false, ",", ".", 5,
                Scales.AFTER_EN, Scales.ANYWHERE, Scales::factor,
                WORDS::get, Profiles.LETTER_RUN, false, " and ", false, true, true,
                Months::english, NumberStyle.DateStyle.NONE);
        return LanguageProfile.builder("en")
                .englishName("English")
                .documentTag("en-GB")
                .mainScript(UnicodeScript.LATIN)
                .expectedScripts(Set.of(UnicodeScript.LATIN))
                .segmenter(new IcuSegmenter("en", true))
                .numbers(numbers)
                .danglingWords(Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
                        "on", "at", "for", "with", "from", "by", "that", "which", "who", "is", "are", "was", "were"))
                .repeats(new RepeatPolicy(RepeatPolicy.Mode.ERROR_UNLESS_LISTED, Set.of("had", "that", "is", "do",
                        "very", "no", "yes", "bye", "ha", "so", "well", "now", "there", "knock", "chop", "tut", "go",
                        "bora", "pago", "walla", "cha", "dum", "la", "plus", "blah", "tick", "ding", "hear", "really",
                        "far", "more", "over", "again", "round", "on", "by")))
                .quotes(Quotes.ENGLISH)
                .stemmer(Stemmers::english)
                .build();
    }
}
