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

/**
 * Spanish: decimal comma and dot or space groups (Spain), the American 1,000.5 read as well since both occur in
 * news; « comillas angulares » and “ ”; Lucene's light stemmer.
 */
final class Spanish {

    private static final Map<String, NumberWord> WORDS = new HashMap<>();

    static {
        String[] units = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"};
        for (int i = 0; i < units.length; i++) {
            WORDS.put(units[i], NumberWord.of(i, Type.UNIT));
        }
        WORDS.put("un", NumberWord.of(1, Type.UNIT));
        WORDS.put("una", NumberWord.of(1, Type.UNIT));
        String[] teens = {"diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
                "dieciocho", "diecinueve"};
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], NumberWord.of(10 + i, Type.TEEN));
        }
        String[] twenties = {"veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
                "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
        for (int i = 0; i < twenties.length; i++) {
            WORDS.put(twenties[i], NumberWord.of(20 + i, Type.TENS));
        }
        WORDS.put("veintiún", NumberWord.of(21, Type.TENS));
        String[] tens = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], NumberWord.of(30 + 10 * i, Type.TENS));
        }
        WORDS.put("cien", NumberWord.of(100, Type.MUL100));
        WORDS.put("ciento", NumberWord.of(100, Type.MUL100));
        String[] hundreds = {"doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
                "ochocientos", "novecientos"};
        for (int i = 0; i < hundreds.length; i++) {
            WORDS.put(hundreds[i], NumberWord.of(200 + 100 * i, Type.HUNDREDS));
            WORDS.put(hundreds[i].substring(0, hundreds[i].length() - 2) + "as", NumberWord.of(200 + 100 * i, Type.HUNDREDS));
        }
        WORDS.put("mil", NumberWord.of(1000, Type.SCALE));
        WORDS.put("millón", NumberWord.of(1_000_000, Type.SCALE));
        WORDS.put("millones", NumberWord.of(1_000_000, Type.SCALE));
        WORDS.put("billón", NumberWord.of(1_000_000_000_000L, Type.SCALE));
        WORDS.put("billones", NumberWord.of(1_000_000_000_000L, Type.SCALE));
        approx("decena", 10);
        approx("docena", 12);
        approx("veintena", 20);
        approx("centenar", 100);
        approx("cientos", 100);
        approx("millar", 1000);
        String[] ordinals = {"primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo",
                "noveno", "décimo"};
        for (int i = 0; i < ordinals.length; i++) {
            ordinal(ordinals[i], i + 1);
            ordinal(ordinals[i].substring(0, ordinals[i].length() - 1) + "a", i + 1);
        }
        ordinal("primer", 1);
        ordinal("tercer", 3);
    }

    private static final Pattern SCALE_AFTER = Pattern.compile(
            "^[ \\u00A0]?(mil millones|millones|millón|millon|mil|billones|billón|mdd|k)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SCALE_ANYWHERE = Pattern.compile("(?<![\\p{L}])(mil millones|millones|millón|mil)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}])(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
                    + "|diciembre)(?![\\p{L}])");
    private static final String[] MONTH_STEMS = {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "se",
            "oct", "nov", "dic"};

    private Spanish() {
    }

    private static void approx(String w, long v) {
        NumberWord n = new NumberWord(BigDecimal.valueOf(v), NumberWord.typeOf(BigDecimal.valueOf(v)), true, false);
        WORDS.put(w, n);
        WORDS.put(w + (w.endsWith("s") ? "" : w.endsWith("r") ? "es" : "s"), n);
    }

    private static void ordinal(String w, long v) {
        WORDS.put(w, new NumberWord(BigDecimal.valueOf(v), NumberWord.typeOf(BigDecimal.valueOf(v)), false, true));
    }

    static BigDecimal factor(String w) {
        if (w.equals("mil millones")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        if (w.equals("mil") || w.equals("k")) {
            return BigDecimal.valueOf(1000);
        }
        if (w.startsWith("millon") || w.startsWith("millón") || w.equals("mdd")) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (w.startsWith("billón") || w.startsWith("billon")) {
            return BigDecimal.valueOf(1_000_000_000_000L);
        }
        return null;
    }

    static LanguageProfile profile() {
        NumberStyle numbers = new NumberStyle(
                List.of(new NumberReading(',', "." + English.SPACES), English.READING),
                List.of(),
                true, ".", ",", 5,
                SCALE_AFTER, SCALE_ANYWHERE, Spanish::factor,
                WORDS::get, Profiles.LETTER_RUN, false, " y ", true, false, false,
                text -> Months.byStems(MONTH, MONTH_STEMS, text), NumberStyle.DateStyle.DAY_MONTH_YEAR);
        return LanguageProfile.builder("es")
                .englishName("Spanish")
                .documentTag("es-ES")
                .mainScript(UnicodeScript.LATIN)
                .expectedScripts(Set.of(UnicodeScript.LATIN))
                .segmenter(new IcuSegmenter("es", true))
                .numbers(numbers)
                .unitWords(new Units()
                        .put("dollars", "\\$|usd|dólar|dolar")
                        .put("pounds sterling", "£|gbp|libra")
                        .put("euros", "€|eur|euro")
                        .put("yen", "¥|jpy|yen")
                        .put("yuan", "yuan|renminbi|cny|rmb|¥")
                        .put("rubles", "₽|rub|rublo")
                        .put("rupees", "₹|inr|rupia")
                        .put("percent", "%|por ?ciento|porcentaje")
                        .put("kilometres", "km|kilómetro")
                        .put("miles", "milla|km|kilómetro")
                        .put("kilograms", "kg|kilo")
                        .put("metres", "metro|\\bm\\b")
                        .put("feet", "pie|metro|\\bm\\b|ft")
                        .put("inches", "pulgada|centímetro|cm")
                        .put("pounds", "libra|kg|kilo|£")
                        .put("tonnes", "tonelada|\\bt\\b")
                        .put("degrees", "°|grado")
                        .put("hours", "hora|\\bh\\b|día")
                        .put("minutes", "minuto|min")
                        .put("days", "día|jornada")
                        .put("weeks", "semana")
                        .put("months", "mes|año")
                        .build())
                .danglingWords(Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "de",
                        "del", "a", "al", "en", "con", "por", "para", "cuyo", "sin", "sobre", "entre"))
                .repeats(new RepeatPolicy(RepeatPolicy.Mode.ERROR_UNLESS_LISTED, Set.of("muy", "no", "sí", "si",
                        "bla", "ja", "más", "poco", "tan")))
                .quotes(new Quotes("«", "»", "“", "”", false))
                // FLORES en→es: median 1.19, 0.5th–99.5th percentile 0.83–1.72
                .lengthAgainstEnglish(new LengthBounds(0.50, 0.78, 1.75, 2.50))
                .typicalLengthAgainstEnglish(1.19)
                .translationStyle("""
                        - Spanish news register, as in EFE: neutral and formal.
                        - Foreign personal names keep their original spelling; use the established Spanish names of countries and organisations (Vietnam, Rusia, ASEAN, ONU).
                        - Dates as "15 de abril de 2021"; decimal comma and a point or space between thousands (1.234,5); "millones", "mil millones" for large amounts.""")
                .summaryStyle("- Spanish news register.")
                .stemmer(Spanish::stem)
                .build();
    }

    private static String stem(String word) {
        return Stemmers.spanish(word);
    }
}
