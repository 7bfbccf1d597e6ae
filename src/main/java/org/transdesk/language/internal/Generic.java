package org.transdesk.language.internal;

import com.ibm.icu.util.ULocale;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.NumberReading;
import org.transdesk.language.NumberStyle;

/**
 * The profile of a language Transdesk has no profile for: its usual script from CLDR's likely subtags (for the
 * answer checks of the model), ICU word breaks, English-style digits and month names, no number words, no
 * stemmer, and no language-specific QA rules.
 */
final class Generic {

    private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER,
            UnicodeScript.MYANMAR, UnicodeScript.TIBETAN);

    private Generic() {
    }

    static LanguageProfile profile(String tag) {
        UnicodeScript script = likelyScript(tag);
        boolean spaced = script == null || !UNSPACED.contains(script);
        NumberStyle numbers = new NumberStyle(
                List.of(English.READING), List.of(new NumberReading(',', "." + English.SPACES)),
                true, ",", ".", 5,
                Scales.AFTER_EN, Scales.ANYWHERE, Scales::factor,
                token -> null, Profiles.LETTER_RUN, false, null, false, false, false,
                Months::english, NumberStyle.DateStyle.DAY_MONTH_YEAR);
        return LanguageProfile.builder(tag)
                .generic(true)
                .mainScript(script)
                .segmenter(new IcuSegmenter(tag, spaced))
                .numbers(numbers)
                .build();
    }

    /** The script CLDR expects for the language ("uk" → Cyrillic, "th" → Thai), or null. */
    static UnicodeScript likelyScript(String tag) {
        String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getScript();
        if (script.isEmpty()) {
            return null;
        }
        if (script.equals("Hans") || script.equals("Hant") || script.equals("Jpan") || script.equals("Kore")) {
            return script.equals("Kore") ? UnicodeScript.HANGUL : UnicodeScript.HAN;
        }
        try {
            return UnicodeScript.forName(script);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
