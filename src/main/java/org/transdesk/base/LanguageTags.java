package org.transdesk.base;

import java.util.Locale;

/**
 * BCP 47 language tags compared the way translators mean them. Case does not matter and {@code _}
 * reads as {@code -} ({@code VI}, {@code vi_VN}); a tag without a script or region matches any tag
 * of the same language ({@code vi} ≙ {@code vi-VN}), while two different regions or scripts do not
 * ({@code pt-BR} ≠ {@code pt-PT}, {@code sr-Latn} ≠ {@code sr-Cyrl}). Parsing is the JDK's
 * {@link Locale#forLanguageTag}, so grandfathered and extension subtags are handled as it does.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** The tag in canonical case ({@code vi-VN}, {@code sr-Latn-RS}); blank or unreadable tags give {@code ""}. */
    public static String canonical(String tag) {
        Locale locale = locale(tag);
        return locale == null ? "" : locale.toLanguageTag();
    }

    /** The primary language subtag in lower case ({@code "vi"} for {@code "VI-vn"}), or {@code ""}. */
    public static String language(String tag) {
        Locale locale = locale(tag);
        return locale == null ? "" : locale.getLanguage();
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

    /** Languages written right to left by default (their usual script is Arabic, Hebrew, Thaana, Syriac or N'Ko). */
    private static final java.util.Set<String> RTL_LANGUAGES = java.util.Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "nqo", "ps", "sd", "syr", "ug", "ur", "yi");
    private static final java.util.Set<String> RTL_SCRIPTS = java.util.Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg");

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
}
