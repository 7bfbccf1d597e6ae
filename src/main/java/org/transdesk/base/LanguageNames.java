package org.transdesk.base;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * A language's name in the screen's language (#15): the bundles name the profiled languages as a desk editor says them
 * ({@code output.zh}: "Tiếng Trung (giản thể)", "Китайский (упрощённое письмо)"); any other configured language is
 * named by CLDR (ICU4J) in the screen's locale ("Tiếng Đức", "Немецкий"), never in English on a Vietnamese or Russian
 * screen.
 */
public final class LanguageNames {

    private static final String LABEL_PREFIX = "output.";

    private LanguageNames() {
    }

    /** The name as a label or a column head, capitalised: {@code output.<tag>} of the bundles, else CLDR's. */
    public static String label(String tag, Locale locale) {
        String own = Phrase.bundled(locale, LABEL_PREFIX + tag);
        return own != null ? own : capitalised(cldr(tag, locale, DisplayContext.CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE), locale);
    }

    /**
     * The name inside a sentence, for a language the bundles do not name ({@code qa-finding.language.other}: as CLDR
     * writes it in English, with a small first letter in Vietnamese and Russian: "tiếng Đức", "немецкий").
     */
    public static String inSentence(String tag, Locale locale) {
        String name = cldr(tag, locale, DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
        return Phrase.say(locale, "qa-finding.language.other", name, lowerFirst(name, locale));
    }

    /** "tiếng Trung (giản thể)": a label's first letter made small, for a name said inside a sentence. */
    public static String lowerFirst(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String cldr(String tag, Locale locale, DisplayContext capitalisation) {
        String name = LocaleDisplayNames.getInstance(ULocale.forLocale(locale), capitalisation)
                .localeDisplayName(ULocale.forLanguageTag(tag));
        return name == null || name.isBlank() ? tag : name;
    }
}
