package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code length-ratio}: translations far shorter or longer than their source, per language pair. */
class LengthRatioCheckTest {

    static final String SRC = "Cooperation programmes between ASEAN and Russia have helped narrow the development gap.";
    static final String RU = "Программы сотрудничества между АСЕАН и Россией помогли сократить разрыв в развитии.";

    static List<QaFinding> ratio(QaChecks qa, String target) {
        return QaTestSupport.only("length-ratio",
                qa.checkTranslation(TranslationUnderReview.of("en", "ru", SRC, target), List.of()));
    }

    @Test
    void aTypicalTranslationPasses() {
        assertThat(ratio(QaTestSupport.QA, RU)).isEmpty();
    }

    @Test
    void aMuchShorterTranslationIsAWarningThenAnError() {
        assertThat(severities(ratio(QaTestSupport.QA, "Программы АСЕАН и России помогли развитию.")))
                .containsExactly(Severity.WARNING);
        assertThat(severities(ratio(QaTestSupport.QA, "Программы помогли.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void aTranslationThatSaysItTwiceIsAnError() {
        // WMT19 has such lines: the same sentence translated twice
        assertThat(severities(ratio(QaTestSupport.QA, RU + " " + RU + " " + RU))).containsExactly(Severity.ERROR);
    }

    @Test
    void shortSourcesAreNotJudged() {
        assertThat(QaTestSupport.check("length-ratio", "ru", "ASEAN summit", "Саммит Ассоциации государств"
                + " Юго-Восточной Азии")).isEmpty();
    }

    @Test
    void boundsAreConfigurablePerLanguagePair() {
        QaChecks strict = new QaChecks(QaSettings.defaults()
                .withLengthRatio("en", "ru", new QaSettings.LengthBounds(0.5, 1.2, 1.5, 2.0)));
        assertThat(severities(ratio(strict, RU))).containsExactly(Severity.WARNING);
        assertThat(QaSettings.defaults().lengthBounds("eng_Latn", "rus_Cyrl"))
                .isEqualTo(QaSettings.defaults().lengthRatios().get("en-ru"));
        assertThat(QaSettings.defaults().lengthBounds("en", "de")).isEqualTo(QaSettings.defaults().defaultLengthRatio());
    }
}
