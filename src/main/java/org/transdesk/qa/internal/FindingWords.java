package org.transdesk.qa.internal;

import static java.util.Map.entry;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;
import org.transdesk.base.Phrase;
import org.transdesk.language.LanguageProfile;

/**
 * The words inside a finding's phrase that are themselves said in the editor's language: the name of the
 * target language, of a script, of a unit. They go in as {@link Phrase#word} arguments; a language the bundles do not
 * name is said by CLDR in the screen's language ({@link Phrase#languageInSentence}, English for the command line); a
 * script or unit the bundles do not name goes in by its English name.
 */
final class FindingWords {

    private static final Map<String, String> LANGUAGES = Map.of("en", "qa-finding.language.en", "vi", "qa-finding.language.vi",
            "ru", "qa-finding.language.ru", "zh", "qa-finding.language.zh", "fr", "qa-finding.language.fr", "es", "qa-finding.language.es");
    private static final Map<UnicodeScript, String> SCRIPTS = Map.of(UnicodeScript.LATIN, "qa-finding.script-name.latin",
            UnicodeScript.CYRILLIC, "qa-finding.script-name.cyrillic", UnicodeScript.HAN, "qa-finding.script-name.han");
    private static final Map<String, String> UNITS = Map.ofEntries(entry("dollars", "qa-finding.unit.dollars"),
            entry("pounds sterling", "qa-finding.unit.pounds-sterling"), entry("euros", "qa-finding.unit.euros"),
            entry("yen", "qa-finding.unit.yen"), entry("yuan", "qa-finding.unit.yuan"), entry("rubles", "qa-finding.unit.rubles"),
            entry("rupees", "qa-finding.unit.rupees"), entry("percent", "qa-finding.unit.percent"),
            entry("kilometres", "qa-finding.unit.kilometres"), entry("miles", "qa-finding.unit.miles"),
            entry("kilograms", "qa-finding.unit.kilograms"), entry("metres", "qa-finding.unit.metres"), entry("feet", "qa-finding.unit.feet"),
            entry("inches", "qa-finding.unit.inches"), entry("pounds", "qa-finding.unit.pounds"), entry("tonnes", "qa-finding.unit.tonnes"),
            entry("degrees", "qa-finding.unit.degrees"), entry("hours", "qa-finding.unit.hours"), entry("minutes", "qa-finding.unit.minutes"),
            entry("days", "qa-finding.unit.days"), entry("weeks", "qa-finding.unit.weeks"), entry("months", "qa-finding.unit.months"));

    private FindingWords() {
    }

    /** "Vietnamese" ({@code qa-finding.language.vi}), or CLDR's name of a language the bundles do not name ("tiếng Đức"). */
    static String language(LanguageProfile lang) {
        String key = lang.isGeneric() ? null : LANGUAGES.get(lang.code());
        return key == null ? Phrase.languageInSentence(lang.code(), lang.englishName()) : Phrase.word(key);
    }

    /** "Cyrillic" ({@code qa-finding.script-name.cyrillic}), or the script's name capitalised. */
    static String script(UnicodeScript sc) {
        String key = SCRIPTS.get(sc);
        String n = sc.name().toLowerCase(Locale.ROOT);
        return key == null ? Character.toUpperCase(n.charAt(0)) + n.substring(1) : Phrase.word(key);
    }

    /** "dollars" ({@code qa-finding.unit.dollars}), or the unit's English name. */
    static String unit(String name) {
        String key = UNITS.get(name);
        return key == null ? name : Phrase.word(key);
    }
}
