package org.transdesk.language.internal;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LengthBounds;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;
import org.transdesk.language.NumberWord;
import org.transdesk.language.NumberWord.Type;
import org.transdesk.language.Quotes;
import org.transdesk.language.RepeatPolicy;

/** French: decimal comma, (narrow) no-break space between thousands, « guillemets », Lucene's light stemmer. */
final class French {

    private static final Map<String, NumberWord> WORDS = new HashMap<>();

    static {
        String[] units = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
        for (int i = 0; i < units.length; i++) {
            WORDS.put(units[i], NumberWord.of(i, Type.UNIT));
        }
        WORDS.put("une", NumberWord.of(1, Type.UNIT));
        String[] teens = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], NumberWord.of(10 + i, Type.TEEN));
        }
        String[] tens = {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "quatre-vingt", "nonante"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], NumberWord.of(20 + 10 * i, Type.TENS));
        }
        WORDS.put("vingts", NumberWord.of(20, Type.TENS));
        WORDS.put("cent", NumberWord.of(100, Type.MUL100));
        WORDS.put("cents", NumberWord.of(100, Type.MUL100));
        WORDS.put("mille", NumberWord.of(1000, Type.SCALE));
        WORDS.put("million", NumberWord.of(1_000_000, Type.SCALE));
        WORDS.put("millions", NumberWord.of(1_000_000, Type.SCALE));
        WORDS.put("milliard", NumberWord.of(1_000_000_000, Type.SCALE));
        WORDS.put("milliards", NumberWord.of(1_000_000_000, Type.SCALE));
        approx("dizaine", 10);
        approx("douzaine", 12);
        approx("vingtaine", 20);
        approx("trentaine", 30);
        approx("quarantaine", 40);
        approx("cinquantaine", 50);
        approx("centaine", 100);
        approx("millier", 1000);
        String[] ordinals = {"premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième",
                "huitième", "neuvième", "dixième"};
        for (int i = 0; i < ordinals.length; i++) {
            ordinal(ordinals[i], i + 1);
        }
        ordinal("première", 1);
        ordinal("second", 2);
        ordinal("seconde", 2);
    }

    private static final Pattern SCALE_AFTER = Pattern.compile(
            "^[ \\u00A0\\u202F]?(mille|millions?|milliards?|mds?|md|k|m)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SCALE_ANYWHERE = Pattern.compile("(?<![\\p{L}])(mille|millions?|milliards?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}])(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
                    + "|janv\\.|févr\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.)(?![\\p{L}])");
    private static final String[] MONTH_STEMS = {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept",
            "oct", "nov", "déc"};

    private French() {
    }

    private static void approx(String w, long v) {
        NumberWord n = new NumberWord(BigDecimal.valueOf(v), NumberWord.typeOf(BigDecimal.valueOf(v)), true, false);
        WORDS.put(w, n);
        WORDS.put(w + "s", n);
    }

    private static void ordinal(String w, long v) {
        WORDS.put(w, new NumberWord(BigDecimal.valueOf(v), NumberWord.typeOf(BigDecimal.valueOf(v)), false, true));
    }

    static BigDecimal factor(String w) {
        if (w.equals("mille") || w.equals("k")) {
            return BigDecimal.valueOf(1000);
        }
        if (w.startsWith("million") || w.equals("m")) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (w.startsWith("milliard") || w.startsWith("md")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        return null;
    }

    static LanguageProfile profile() {
        NumberStyle numbers = new NumberStyle(
                List.of(new NumberReading(',', English.SPACES)),
                List.of(new NumberReading('.', ","), new NumberReading(',', ".")),
                true, "\u202F", ",", 5,
                SCALE_AFTER, SCALE_ANYWHERE, French::factor,
                WORDS::get, Profiles.LETTER_RUN, false, " et ", true, false, false,
                text -> Months.byStems(MONTH, MONTH_STEMS, text), NumberStyle.DateStyle.DAY_MONTH_YEAR);
        return LanguageProfile.builder("fr")
                .englishName("French")
                .documentTag("fr-FR")
                .mainScript(UnicodeScript.LATIN)
                .expectedScripts(Set.of(UnicodeScript.LATIN))
                .segmenter(new IcuSegmenter("fr", true))
                .numbers(numbers)
                .unitWords(new Units()
                        .put("dollars", "\\$|usd|dollar")
                        .put("pounds sterling", "£|gbp|livre")
                        .put("euros", "€|eur|euro")
                        .put("yen", "¥|jpy|yen")
                        .put("yuan", "yuan|renminbi|cny|rmb|¥")
                        .put("rubles", "₽|rub|rouble")
                        .put("rupees", "₹|inr|roupie")
                        .put("percent", "%|pour ?cent|pourcentage")
                        .put("kilometres", "km|kilomètre")
                        .put("miles", "mile|km|kilomètre")
                        .put("kilograms", "kg|kilo")
                        .put("metres", "mètre|\\bm\\b")
                        .put("feet", "pied|mètre|\\bm\\b|feet|ft")
                        .put("inches", "pouce|centimètre|cm")
                        .put("pounds", "livre|kg|kilo|£")
                        .put("tonnes", "tonne|\\bt\\b")
                        .put("degrees", "°|degré")
                        .put("hours", "heure|\\bh\\b|jour")
                        .put("minutes", "minute|min")
                        .put("days", "jour")
                        .put("weeks", "semaine")
                        .put("months", "mois|an")
                        .build())
                .danglingWords(Set.of("le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "à",
                        "au", "aux", "pour", "avec", "dans", "sur", "par", "dont"))
                // "nous nous sommes", "vous vous êtes": reflexive pronouns double in good French
                .repeats(new RepeatPolicy(RepeatPolicy.Mode.ERROR_UNLESS_LISTED, Set.of("nous", "vous", "très", "non",
                        "oui", "si", "bla", "ha", "la", "plus", "bien", "encore", "tout", "tant")))
                .quotes(new Quotes("«\u00A0", "\u00A0»", "“", "”", false))
                // FLORES en→fr: median 1.19, 0.5th–99.5th percentile 0.86–1.70
                .lengthAgainstEnglish(new LengthBounds(0.50, 0.80, 1.75, 2.50))
                .typicalLengthAgainstEnglish(1.19)
                .translationStyle("""
                        - French news register, as in AFP: neutral and formal.
                        - Typography: « guillemets » with no-break spaces inside, a no-break space before : ; ! ?
                        - Foreign personal names keep their original spelling; use the established French names of countries and organisations (Viêt Nam, Russie, ASEAN, ONU).
                        - Dates as "15 avril 2021"; decimal comma and a (narrow no-break) space between thousands (1 234,5); "millions", "milliards" for large amounts.""")
                .summaryStyle("- French news register; « guillemets ».")
                .stemmer(French::stem)
                .build();
    }

    private static String stem(String word) {
        return Stemmers.french(word);
    }
}
