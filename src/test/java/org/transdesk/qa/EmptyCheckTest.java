package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code empty}: blank target paragraphs. */
class EmptyCheckTest {

    static List<QaFinding> empty(List<String> source, List<String> target) {
        return QaTestSupport.only("empty",
                QaTestSupport.QA.checkTranslation(new TranslationUnderReview("en", "ru", source, target), List.of()));
    }

    @Test
    void aBlankTranslationOfRealTextIsAnErrorForThatParagraph() {
        assertThat(empty(List.of("One.", "Two.", "Three."), java.util.Arrays.asList("Один.", "  ", null)))
                .extracting(QaFinding::severity, QaFinding::segment)
                .containsExactly(tuple(Severity.ERROR, 1), tuple(Severity.ERROR, 2));
    }

    @Test
    void textWhereTheSourceIsBlankIsAWarning() {
        assertThat(empty(List.of("One.", ""), List.of("Один.", "Два.")))
                .extracting(QaFinding::severity, QaFinding::segment)
                .containsExactly(tuple(Severity.WARNING, 1));
    }

    @Test
    void blankOnBothSidesIsFine() {
        assertThat(empty(List.of("One.", ""), List.of("Один.", ""))).isEmpty();
    }
}
