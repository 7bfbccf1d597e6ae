package org.transdesk.language;

import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BCP 47 language tags, the one reading of them in Transdesk (it replaces {@code base.LanguageTags} and
 * {@code memory.LanguageTags}). Case does not matter and {@code _} reads as {@code -} ({@code VI}, {@code vi_VN});
 * three-letter codes that have a two-letter one ({@code vie}, {@code rus}, {@code eng_Latn}) are reduced to it
 * where a language is looked up ({@link #base}).
 * <ul>
 *   <li>{@link #canonical}: canonical case, {@code ""} for blank or unreadable tags (files, API input);</li>
 *   <li>{@link #normalized}: canonical case, an ill-formed tag kept as written in lower case (the memory's keys);</li>
 *   <li>{@link #base}: the language subtag a tag is matched and profiled by ({@code vi} for {@code VI-vn},
 *       {@code vie}, {@code vi_VN});</li>
 *   <li>{@link #matches}: a tag without a script or region matches any tag of the same language
 *       ({@code vi} ≙ {@code vi-VN}), two different regions or scripts do not ({@code pt-BR} ≠ {@code pt-PT}).</li>
 * </ul>
 * Parsing is the JDK's ({@link Locale#forLanguageTag}, {@link Locale.Builder}).
 */
public final class LanguageTags {

    /** ISO 639-2 codes that have an ISO 639-1 one: "vie" → "vi". */
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    /** Languages written right to left by default (their usual script is Arabic, Hebrew, Thaana, Syriac or N'Ko). */
    private static final Set<String> RTL_LANGUAGES = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "nqo", "ps", "sd", "syr", "ug", "ur", "yi");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg");

    private LanguageTags() {
    }

    /** The tag in canonical case ({@code vi-VN}, {@code sr-Latn-RS}); blank or unreadable tags give {@code ""}. */
    public static String canonical(String tag) {
        Locale locale = locale(tag);
        return locale == null ? "" : locale.toLanguageTag();
    }

    /** The primary language subtag in lower case as written ({@code "vi"} for {@code "VI-vn"}), or {@code ""}. */
    public static String language(String tag) {
        Locale locale = locale(tag);
        return locale == null ? "" : locale.getLanguage();
    }

    /**
     * The tag in canonical case as the memory keeps it ("PT-br" is "pt-BR"); a tag that is not well-formed
     * BCP 47 stays as written, lower-cased.
     *
     * @throws IllegalArgumentException for a blank tag
     */
    public static String normalized(String tag) {
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

    /**
     * The language subtag a tag is matched by: "pt" for "pt-BR", "vi" for "VIE", "en" for "en_GB" or
     * "eng_Latn", "zh" for "zho_Hans".
     *
     * @throws IllegalArgumentException for a blank tag
     */
    public static String base(String tag) {
        String canonical = normalized(tag);
        int dash = canonical.indexOf('-');
        String language = dash > 0 ? canonical.substring(0, dash) : canonical;
        String base = TWO_LETTER.getOrDefault(language, language);
        return base.length() > 8 ? base.substring(0, 8) : base;
    }

    /** Whether two tags name the same language (their language subtags agree). */
    public static boolean sameLanguage(String a, String b) {
        return base(a).equals(base(b));
    }

    /**
     * Whether a file's tag names the language we expect: same primary language, and no script or
     * region on one side that contradicts the other.
     */
    public static boolean matches(String expected, String actual) {
        Locale a = locale(expected);
        Locale b = locale(actual);
        if (a == null || b == null || !a.getLanguage().equals(b.getLanguage())) {
            return false;
        }
        return compatible(a.getScript(), b.getScript()) && compatible(a.getCountry(), b.getCountry());
    }

    /**
     * Whether text in this language is written right to left, for HTML's {@code dir}: by the script
     * subtag when there is one ({@code az-Arab} yes, {@code ku-Latn} no), else by the language.
     */
    public static boolean isRightToLeft(String tag) {
        Locale locale = locale(tag);
        if (locale == null) {
            return false;
        }
        return locale.getScript().isEmpty() ? RTL_LANGUAGES.contains(locale.getLanguage()) : RTL_SCRIPTS.contains(locale.getScript());
    }

    private static boolean compatible(String one, String other) {
        return one.isEmpty() || other.isEmpty() || one.equalsIgnoreCase(other);
    }

    private static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return locale.getLanguage().isEmpty() ? null : locale;
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            codes.put(Locale.of(code).getISO3Language(), code);
        }
        return Map.copyOf(codes);
    }
}
