package org.transdesk.qa;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.qa.internal.Langs;

/**
 * Thresholds of the QA checks. {@link #defaults()} is calibrated on human news translations
 * (FLORES-200 devtest en→vi/ru/zh/fr/es, WMT newstest2019/2020 en→ru; see {@code RealParallelDataTest} and
 * {@code NewLanguagesCalibrationTest}); the length bounds against English come from the language profiles.
 *
 * @param lengthRatios                bounds on target/source length (characters) per language pair,
 *                                    keyed {@code "en-ru"}, {@code "en-vi"}
 * @param defaultLengthRatio          bounds for pairs not in {@code lengthRatios}
 * @param lengthRatioMinSourceChars   shorter source paragraphs are not ratio-checked (headlines vary too much)
 * @param untranslatedShare           share of target words copied from the source (names excluded) at which a
 *                                    paragraph counts as untranslated
 * @param untranslatedMinWords        paragraphs with fewer words are only flagged when identical to the source
 * @param vietnameseDiacriticMinShare minimum share of Vietnamese words with Vietnamese letters/tone marks
 * @param russianGuillemets           flag straight and English quotes in Russian (house style «…», „…“ inside)
 * @param disabledChecks              ids of checks not to run
 */
public record QaSettings(
        Map<String, LengthBounds> lengthRatios,
        LengthBounds defaultLengthRatio,
        int lengthRatioMinSourceChars,
        double untranslatedShare,
        int untranslatedMinWords,
        double vietnameseDiacriticMinShare,
        boolean russianGuillemets,
        Set<String> disabledChecks) {

    /**
     * Bounds on the ratio target length / source length. Outside {@code [warnBelow, warnAbove]} is a
     * WARNING, outside {@code [errorBelow, errorAbove]} an ERROR.
     */
    public record LengthBounds(double errorBelow, double warnBelow, double warnAbove, double errorAbove) {
        public LengthBounds {
            if (!(0 <= errorBelow && errorBelow <= warnBelow && warnBelow <= warnAbove && warnAbove <= errorAbove)) {
                throw new IllegalArgumentException("need 0 <= errorBelow <= warnBelow <= warnAbove <= errorAbove");
            }
        }
    }

    public QaSettings {
        lengthRatios = Map.copyOf(lengthRatios);
        Objects.requireNonNull(defaultLengthRatio, "defaultLengthRatio");
        disabledChecks = Set.copyOf(disabledChecks);
    }

    /** Calibrated defaults. */
    public static QaSettings defaults() {
        return new QaSettings(
                lengthRatiosFromProfiles(),
                new LengthBounds(0.40, 0.60, 1.80, 3.00),
                40,
                0.5,
                4,
                0.2,
                true,
                Set.of());
    }

    /**
     * Bounds against English for every language with a profile that has them, keyed {@code "en-<code>"}
     * (en→ru: FLORES/WMT median 1.10, 1st–99th percentile 0.75–1.74; en→vi: median 0.98, 0.67–1.37; zh, fr, es:
     * see their profiles).
     */
    private static Map<String, LengthBounds> lengthRatiosFromProfiles() {
        Map<String, LengthBounds> m = new HashMap<>();
        for (LanguageProfile p : LanguageProfiles.known()) {
            org.transdesk.language.LengthBounds b = p.lengthAgainstEnglish();
            if (b != null) {
                m.put(pairKey("en", p.code()), new LengthBounds(b.errorBelow(), b.warnBelow(), b.warnAbove(), b.errorAbove()));
            }
        }
        return m;
    }

    /** The bounds for a language pair, e.g. {@code ("en", "ru")}. */
    public LengthBounds lengthBounds(String sourceLang, String targetLang) {
        return lengthRatios.getOrDefault(pairKey(sourceLang, targetLang), defaultLengthRatio);
    }

    public boolean enabled(String checkId) {
        return !disabledChecks.contains(checkId);
    }

    public QaSettings withLengthRatio(String sourceLang, String targetLang, LengthBounds bounds) {
        Map<String, LengthBounds> m = new HashMap<>(lengthRatios);
        m.put(pairKey(sourceLang, targetLang), bounds);
        return new QaSettings(m, defaultLengthRatio, lengthRatioMinSourceChars, untranslatedShare,
                untranslatedMinWords, vietnameseDiacriticMinShare, russianGuillemets, disabledChecks);
    }

    public QaSettings withDisabledChecks(String... checkIds) {
        return new QaSettings(lengthRatios, defaultLengthRatio, lengthRatioMinSourceChars, untranslatedShare,
                untranslatedMinWords, vietnameseDiacriticMinShare, russianGuillemets, Set.of(checkIds));
    }

    public QaSettings withRussianGuillemets(boolean required) {
        return new QaSettings(lengthRatios, defaultLengthRatio, lengthRatioMinSourceChars, untranslatedShare,
                untranslatedMinWords, vietnameseDiacriticMinShare, required, disabledChecks);
    }

    /** {@code "en-ru"} from {@code ("eng_Latn", "ru-RU")}. */
    public static String pairKey(String sourceLang, String targetLang) {
        return baseCode(sourceLang) + "-" + baseCode(targetLang);
    }

    static String baseCode(String code) {
        return Langs.baseCode(code);
    }
}
