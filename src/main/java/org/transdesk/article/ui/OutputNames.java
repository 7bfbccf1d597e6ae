package org.transdesk.article.ui;

import org.transdesk.article.Output;

import java.util.Locale;
import org.transdesk.base.LanguageNames;
import org.transdesk.base.ui.Messages;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;

/**
 * An output's name on screen, in the screen's language: a translation is its language's name ("Vietnamese",
 * "Tiếng Việt", "Китайский (упрощённое письмо)"), the summary in the article's language is "Summary", a summary in an edition's language
 * is "Vietnamese summary" ({@code output.summary-in}). One place, for the workbench, the library and the exports.
 */
public final class OutputNames {

    private OutputNames() {
    }

    public static String of(Output output) {
        Locale locale = Messages.locale();
        if (output.isTranslation()) {
            return language(output.language(), locale);
        }
        if (output.language() == null) {
            return Messages.tr("output.summary");
        }
        String name = language(output.language(), locale);
        return Messages.tr("output.summary-in", name, LanguageNames.lowerFirst(name, locale));
    }

    /** The language's name in the screen's language: the bundles' word for a profiled language, else CLDR's (#15). */
    static String language(String code, Locale locale) {
        return LanguageNames.label(code, locale);
    }

    /** Whether the output's language has no profile of its own, so QA runs only the generic checks on it. */
    public static boolean genericChecks(Output output) {
        String language = output.language();
        if (language == null) {
            return false;
        }
        LanguageProfile profile = LanguageProfiles.of(language);
        return profile.isGeneric();
    }
}
