package org.transdesk.language.internal;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LengthBounds;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;
import org.transdesk.language.NumberWord;
import org.transdesk.language.Quotes;
import org.transdesk.language.RepeatPolicy;

/** Russian: Cyrillic, inflected (Snowball stems), «guillemets», decimal comma and space groups. */
final class Russian {

    /** Lower case, ё→е. Order matters: longer stems before the ones they start with. */
    private static final List<Map.Entry<Pattern, NumberWord>> WORDS = new ArrayList<>();

    static {
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

    /** Lookups run ~60 patterns; news text repeats its words, so remember the answers. */
    private static final Map<String, Optional<NumberWord>> CACHE = new ConcurrentHashMap<>();

    private Russian() {
    }

    private static void ru(String regex, double v) {
        BigDecimal value = v == Math.rint(v) ? BigDecimal.valueOf((long) v) : BigDecimal.valueOf(v);
        WORDS.add(Map.entry(Pattern.compile(regex), new NumberWord(value, NumberWord.typeOf(value), false, false)));
    }

    static NumberWord numberWord(String token) {
        if (token.isEmpty() || token.charAt(0) < 'а' || token.charAt(0) > 'я') {
            return null;
        }
        if (CACHE.size() > 50_000) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(token, Russian::lookup).orElse(null);
    }

    private static Optional<NumberWord> lookup(String token) {
        for (Map.Entry<Pattern, NumberWord> e : WORDS) {
            if (e.getKey().matcher(token).matches()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    static LanguageProfile profile() {
        NumberStyle numbers = new NumberStyle(
                List.of(new NumberReading(',', English.SPACES)),
                List.of(new NumberReading('.', ","), new NumberReading(',', ".")),
                true, "\u00A0", ",", 5,
                Scales.AFTER_RU, Scales.ANYWHERE, Scales::factor,
                Russian::numberWord, Profiles.LETTER_RUN, false, null, false, false, false,
                Months::russian, NumberStyle.DateStyle.DAY_MONTH_YEAR);
        return LanguageProfile.builder("ru")
                .englishName("Russian")
                .documentTag("ru-RU")
                .mainScript(UnicodeScript.CYRILLIC)
                .expectedScripts(Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN))
                .mostlyMainScript(true)
                .segmenter(new IcuSegmenter("ru", true))
                .numbers(numbers)
                .unitWords(new Units()
                        .put("dollars", "\\$|usd|доллар|долл\\.?")
                        .put("pounds sterling", "£|gbp|фунт")
                        .put("euros", "€|eur|евро")
                        .put("yen", "¥|jpy|иен|йен")
                        .put("yuan", "юан|¥|cny|rmb|жэньминьби")
                        .put("rubles", "₽|rub|руб")
                        .put("rupees", "рупи|₹|inr")
                        .put("percent", "%|процент")
                        .put("kilometres", "км|километр")
                        .put("miles", "мил[ьия]|миль|км|километр")
                        .put("kilograms", "кг|килограм|кило")
                        .put("metres", "метр|\\bм\\b|м\\.")
                        .put("feet", "фут|метр|\\bм\\b")
                        .put("inches", "дюйм|сантиметр|см")
                        .put("pounds", "фунт|£|кг|килограм")
                        .put("tonnes", "тонн|\\bт\\b")
                        .put("degrees", "°|градус")
                        .put("hours", "час|сут")
                        .put("minutes", "минут|мин\\.")
                        .put("days", "дн|день|сут")
                        .put("weeks", "недел")
                        .put("months", "месяц|месяч|год|лет")
                        .build())
                .danglingWords(Set.of("и", "а", "но", "или", "в", "во", "на", "с", "со", "к",
                        "ко", "по", "за", "из", "о", "об", "от", "до", "для", "у", "при", "про", "без", "чтобы",
                        "который", "которая", "которые", "которого", "между", "через", "под", "над"))
                .repeats(new RepeatPolicy(RepeatPolicy.Mode.ERROR_UNLESS_LISTED, Set.of("да", "нет", "ну", "ха", "хи",
                        "так", "очень", "чуть", "еле", "давно", "много", "вот", "ой", "ах", "ох", "ай", "бай", "ля",
                        "ла", "па", "бум", "тук", "кис", "еще", "все", "опять", "снова", "вновь", "тише", "скорей",
                        "скорее", "быстрей", "быстрее", "иди", "давай", "плюс", "динь", "бла", "тик")))
                .quotes(new Quotes("«", "»", "„", "“", true))
                // FLORES/WMT en→ru: median 1.10, 1st–99th percentile 0.75–1.74 (WMT19 has ~2% of lines translated
                // twice, ratio 2.0–2.5: those are real defects)
                .lengthAgainstEnglish(new LengthBounds(0.45, 0.70, 1.70, 2.40))
                .typicalLengthAgainstEnglish(1.10)
                .translationStyle("""
                        - Russian news register, as in TASS and RIA Novosti: neutral and formal.
                        - Transliterate personal names by Russian convention (Nguyen Xuan Phuc -> Нгуен Суан Фук); use the established Russian names of countries and organisations (АСЕАН, ООН).
                        - Quotation marks «ёлочки», with „лапки“ inside quotes; long dash — between words.
                        - Dates as "15 апреля 2021 года"; decimal comma, a (non-breaking) space between thousands (1 234,5); "млн", "млрд" for large amounts.""")
                .summaryStyle("- Russian news register; «ёлочки» quotes.")
                .stemmer(Stemmers::russian)
                .romaniser("Russian-Latin/BGN; Latin-ASCII")
                .build();
    }
}
