package org.transdesk.language.internal;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LengthBounds;
import org.transdesk.language.MonthMention;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;
import org.transdesk.language.NumberWord;
import org.transdesk.language.NumberWord.Type;
import org.transdesk.language.Quotes;
import org.transdesk.language.RepeatPolicy;

/**
 * Simplified Chinese (zh, zh-Hans, zh-CN): Han script written without spaces (ICU's dictionary word
 * segmentation), numerals 一…九 十 百 千 万 亿 read character by character, 万 (10⁴) and 亿 (10⁸) after digits,
 * months as 11月 / 十一月. Traditional Chinese (zh-Hant, zh-TW, zh-HK) gets a generic profile.
 */
final class Chinese {

    private static final Map<String, NumberWord> WORDS = new HashMap<>();

    static {
        String units = "零一二三四五六七八九";
        for (int i = 1; i < units.length(); i++) {
            WORDS.put(units.substring(i, i + 1), NumberWord.of(i, Type.UNIT));
        }
        WORDS.put("〇", NumberWord.of(0, Type.UNIT));
        WORDS.put("零", NumberWord.of(0, Type.LINK));
        WORDS.put("两", NumberWord.of(2, Type.UNIT));
        WORDS.put("十", NumberWord.of(10, Type.MUL10));
        WORDS.put("百", NumberWord.of(100, Type.MUL100));
        WORDS.put("千", NumberWord.of(1000, Type.SCALE));
        WORDS.put("万", NumberWord.of(10_000, Type.SCALE));
        WORDS.put("亿", NumberWord.of(100_000_000, Type.SCALE));
    }

    /** One Han character, or a run of other letters. */
    private static final Pattern PIECE = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{M}&&[^\\p{IsHan}]]+");
    private static final Pattern SCALE_AFTER = Pattern.compile("^[ \\u00A0]?(万亿|百万|千万|万|亿)");
    private static final Pattern SCALE_ANYWHERE = Pattern.compile("(万亿|万|亿)");
    private static final Pattern MONTH_DIGIT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s?月");
    private static final Pattern MONTH_WORD = Pattern.compile("(?<![一二三四五六七八九十〇零])(十[一二]?|[一二三四五六七八九])月");

    private Chinese() {
    }

    static boolean isTraditional(String tag) {
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (!(t.equals("zh") || t.startsWith("zh-") || t.startsWith("zho") || t.startsWith("chi"))) {
            return false;
        }
        return t.contains("-hant") || t.contains("_hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo");
    }

    static BigDecimal factor(String w) {
        return switch (w) {
            case "万" -> BigDecimal.valueOf(10_000);
            case "亿" -> BigDecimal.valueOf(100_000_000);
            case "百万" -> BigDecimal.valueOf(1_000_000);
            case "千万" -> BigDecimal.valueOf(10_000_000);
            case "万亿" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> Scales.factor(w);
        };
    }

    static List<MonthMention> months(String text) {
        List<MonthMention> out = new ArrayList<>();
        Matcher m = MONTH_DIGIT.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= 12) {
                Months.add(out, m.start(), m.end(), n);
            }
        }
        m = MONTH_WORD.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            int n = w.startsWith("十") ? 10 + (w.length() == 1 ? 0 : "一二".indexOf(w.charAt(1)) + 1)
                    : "一二三四五六七八九".indexOf(w.charAt(0)) + 1;
            Months.add(out, m.start(), m.end(), n);
        }
        return out;
    }

    static LanguageProfile profile() {
        NumberStyle numbers = new NumberStyle(
                List.of(English.READING), List.of(new NumberReading(',', "." + English.SPACES)),
                false, ",", ".", 5,
                SCALE_AFTER, SCALE_ANYWHERE, Chinese::factor,
                WORDS::get, PIECE, true, null, true, false, false,
                Chinese::months, NumberStyle.DateStyle.DAY_MONTH_YEAR);
        return LanguageProfile.builder("zh")
                .nameTag("zh-Hans")
                .englishName("Simplified Chinese")
                .documentTag("zh-CN")
                .mainScript(UnicodeScript.HAN)
                .expectedScripts(Set.of(UnicodeScript.HAN, UnicodeScript.LATIN))
                .mostlyMainScript(true)
                .segmenter(new IcuSegmenter("zh-Hans", false))
                .numbers(numbers)
                .unitWords(new Units()
                        .put("dollars", "\\$|usd|美元|美金|元")
                        .put("pounds sterling", "£|gbp|英镑")
                        .put("euros", "€|eur|欧元")
                        .put("yen", "¥|jpy|日元|円")
                        .put("yuan", "人民币|元|¥|cny|rmb")
                        .put("rubles", "₽|rub|卢布")
                        .put("rupees", "₹|inr|卢比")
                        .put("percent", "%|％|百分|成")
                        .put("kilometres", "km|公里|千米")
                        .put("miles", "英里|公里|千米|km")
                        .put("kilograms", "kg|公斤|千克")
                        .put("metres", "米|\\bm\\b")
                        .put("feet", "英尺|尺|米|\\bm\\b")
                        .put("inches", "英寸|寸|厘米|cm")
                        .put("pounds", "磅|公斤|千克|kg|£")
                        .put("tonnes", "吨")
                        .put("degrees", "°|度")
                        .put("hours", "小时|时|钟头|天")
                        .put("minutes", "分")
                        .put("days", "天|日")
                        .put("weeks", "周|星期|礼拜")
                        .put("months", "月|年")
                        .build())
                .danglingWords(Set.of("的", "和", "与", "及", "或", "在", "对", "把", "被", "但", "而", "以及",
                        "因为", "如果", "由于", "关于"))
                // reduplication is grammar (常常, 看看, 人人); only whitespace-separated repeats are seen at all
                .repeats(new RepeatPolicy(RepeatPolicy.Mode.ERROR_IF_LISTED, Set.of("的", "了", "和", "是", "在")))
                .quotes(new Quotes("“", "”", "‘", "’", false))
                // FLORES en→zh (characters): median 0.36, 0.5th–99.5th percentile 0.23–0.83
                .lengthAgainstEnglish(new LengthBounds(0.12, 0.22, 0.85, 1.20))
                .typicalLengthAgainstEnglish(0.36)
                .lengthVariance(6.8 * 0.36 * 0.36)
                .translationStyle("""
                        - Simplified Chinese news register, as in Xinhua: neutral, formal, concise.
                        - Full-width Chinese punctuation (，。：；？！) and “…” quotes; no spaces between Chinese characters.
                        - Foreign personal names in Xinhua's usual transliteration; the established Chinese names of countries and organisations (越南, 俄罗斯, 东盟, 联合国).
                        - Dates as "2021年4月15日"; Arabic digits for amounts; "万", "亿" for large amounts.""")
                .summaryStyle("- Simplified Chinese news register; full-width punctuation.")
                // "20 世纪 60 年代" (the 1960s): FLORES zh↔fr cross-output ERROR 2.96 % → see CrossOutputPairsCalibrationTest
                .centuryDecade(java.util.regex.Pattern.compile("(\\d{1,2})\\s*世纪\\s*(\\d0)\\s*年代"))
                .build();
    }
}
