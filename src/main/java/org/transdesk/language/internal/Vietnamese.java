package org.transdesk.language.internal;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LengthBounds;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;
import org.transdesk.language.NumberWord;
import org.transdesk.language.NumberWord.Type;
import org.transdesk.language.Quotes;
import org.transdesk.language.RepeatPolicy;

/** Vietnamese: Latin script with diacritics, space-separated syllables, decimal comma and dot groups. */
final class Vietnamese {

    /** NFC, lower case. "năm" is also "year", "ba" also "father": only ever loose matches. */
    private static final Map<String, NumberWord> WORDS = new HashMap<>();

    static {
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
        WORDS.put("nhất", new NumberWord(BigDecimal.ONE, Type.UNIT, false, true));
    }

    private Vietnamese() {
    }

    private static void vi(String w, long v, Type t) {
        WORDS.put(w, NumberWord.of(v, t));
    }

    /** Vietnamese-specific letters (đ ă â ê ô ơ ư) or any tone mark. */
    static boolean hasVietnameseMark(String w) {
        String d = Normalizer.normalize(w.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c == 'đ' || (c >= '\u0300' && c <= '\u036F')) {
                return true;
            }
        }
        return false;
    }

    static LanguageProfile profile() {
        NumberStyle numbers = new NumberStyle(
                List.of(new NumberReading(',', "." + English.SPACES)), List.of(English.READING),
                true, ".", ",", 4,
                Scales.AFTER_VI, Scales.ANYWHERE, Scales::factor,
                WORDS::get, Profiles.LETTER_RUN, false, null, true, false, false,
                Months::vietnamese, NumberStyle.DateStyle.DAY_MONTH);
        return LanguageProfile.builder("vi")
                .englishName("Vietnamese")
                .documentTag("vi-VN")
                .mainScript(UnicodeScript.LATIN)
                .expectedScripts(Set.of(UnicodeScript.LATIN))
                .forbiddenScripts(Set.of(UnicodeScript.CYRILLIC))
                .markedWord(Vietnamese::hasVietnameseMark)
                .segmenter(new IcuSegmenter("vi", true))
                .numbers(numbers)
                .unitWords(new Units()
                        .put("dollars", "\\$|usd|đô[\\s-]?la|đôla|dollar|mỹ kim|\\b[a-z]{2}d\\b")
                        .put("pounds sterling", "£|gbp|bảng|pound|sterling")
                        .put("euros", "€|eur|euro|ơ-rô")
                        .put("yen", "¥|jpy|yên|yen")
                        .put("yuan", "nhân dân tệ|tệ|yuan|cny|rmb|¥")
                        .put("rubles", "rúp|ruble|rouble|rub|₽")
                        .put("rupees", "rupee|rupi|₹|inr")
                        .put("percent", "%|phần\\s?trăm|percent")
                        .put("kilometres", "km|ki-?lô-?mét|kilômét|kilomet|cây số")
                        .put("miles", "dặm|mile|km|ki-?lô-?mét|kilômét|cây số")
                        .put("kilograms", "kg|ki-?lô|kilô|kilo|ký|cân")
                        .put("metres", "mét|\\bm\\b|met\\b")
                        .put("feet", "feet|foot|ft|bộ|phít|mét|\\bm\\b")
                        .put("inches", "inch|in-sơ|insơ|cm|xen-ti-mét|phân")
                        .put("pounds", "bảng|pound|pao|cân|kg|£")
                        .put("tonnes", "tấn")
                        .put("degrees", "°|độ")
                        .put("hours", "giờ|tiếng|ngày")
                        .put("minutes", "phút")
                        .put("days", "ngày|hôm")
                        .put("weeks", "tuần")
                        .put("months", "tháng|năm")
                        .build())
                // only words that cannot close a Vietnamese sentence ("được", "theo", "cho" can: "không được")
                .danglingWords(Set.of("và", "của", "các", "những", "với", "là", "để",
                        "trong", "tại", "từ", "về", "hoặc", "nhưng", "mà", "rằng"))
                // reduplication is grammar ("dần dần", "luôn luôn", "song song"): only doubled function words are errors
                .repeats(new RepeatPolicy(RepeatPolicy.Mode.ERROR_IF_LISTED, Set.of("của", "và", "các", "những", "là",
                        "được", "trong", "cho", "với", "đã", "sẽ", "đang", "bị", "thì", "mà", "này", "rằng", "để",
                        "tại", "từ", "về", "theo", "một")))
                .sharedWithEnglish(Set.of("a", "an", "in", "do", "to", "me", "no", "con", "ban",
                        "bay", "hay", "tin", "pin", "sang", "hoa", "ca", "la", "mi", "ma", "ha", "long", "ton", "son",
                        "than", "tim", "dan", "bang", "cam", "chi", "em", "hang", "khi", "lang", "man", "nam", "thu",
                        "top", "tour", "video", "internet", "email", "web", "online", "radio", "album", "game",
                        "show", "ok", "set", "bar", "club", "pizza", "taxi", "golf", "tennis", "rock", "pop", "blog",
                        "chat", "fan", "visa", "gas", "test"))
                .quotes(Quotes.ENGLISH)
                // FLORES en→vi: median 0.98, 1st–99th percentile 0.67–1.37
                .lengthAgainstEnglish(new LengthBounds(0.40, 0.65, 1.45, 2.00))
                .typicalLengthAgainstEnglish(0.98)
                .translationStyle("""
                        - Vietnamese news register, as in VNA and Nhân Dân: neutral, formal, concise; no colloquialisms.
                        - Write full Vietnamese with all diacritics (Unicode NFC), never unaccented text.
                        - Foreign personal names keep their original Latin spelling; well-known places and organisations take their usual Vietnamese form (Nga, Mỹ, Liên hợp quốc); keep acronyms such as ASEAN.
                        - Dates as "ngày 15/4/2021"; decimal comma and dot thousands separator (1.234,5); "triệu", "tỷ" for large amounts.""")
                .summaryStyle("- Vietnamese news register with full diacritics.")
                .build();
    }
}
