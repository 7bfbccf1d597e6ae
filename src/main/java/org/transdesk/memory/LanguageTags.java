package org.transdesk.memory;

import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/**
 * BCP 47 language tags as the memory keeps and matches them: a tag is kept with all its subtags
 * ("pt-BR", "en-GB", "zh-Hant-TW"), in the canonical letter case ("PT-br" is "pt-BR"), and matched by its
 * language subtag, so a lookup for "vi" finds units stored as "vi-VN". Parsing is the JDK's
 * {@link Locale.Builder}, which follows BCP 47; underscores ("vi_VN", as some tools write them) are read as
 * hyphens, and three-letter codes that have a two-letter one ("vie", "rus") are reduced to it.
 */
public final class LanguageTags {

    /** ISO 639-2 codes that have an ISO 639-1 one: "vie" → "vi". */
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private LanguageTags() {
    }

    /** The tag in canonical case; a tag that is not well-formed BCP 47 stays as written, lower-cased. */
    public static String canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a language tag is needed");
        }
        String written = tag.strip().replace('_', '-');
        try {
            Locale locale = new Locale.Builder().setLanguageTag(written).build();
            String canonical = locale.toLanguageTag();
            return "und".equals(canonical) ? written.toLowerCase(Locale.ROOT) : canonical;
        } catch (IllformedLocaleException e) {
            return written.toLowerCase(Locale.ROOT);
        }
    }

    /** The language subtag the tag is matched by: "pt" for "pt-BR", "vi" for "VIE", "en" for "en_GB". */
    public static String base(String tag) {
        String canonical = canonical(tag);
        int dash = canonical.indexOf('-');
        String language = dash > 0 ? canonical.substring(0, dash) : canonical;
        String base = TWO_LETTER.getOrDefault(language, language);
        return base.length() > 8 ? base.substring(0, 8) : base;
    }

    /** Whether two tags name the same language (their language subtags agree). */
    public static boolean sameLanguage(String a, String b) {
        return base(a).equals(base(b));
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            codes.put(Locale.of(code).getISO3Language(), code);
        }
        return Map.copyOf(codes);
    }
}
