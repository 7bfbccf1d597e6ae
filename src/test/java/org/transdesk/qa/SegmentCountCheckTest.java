package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code segment-count}: as many target paragraphs as source paragraphs. */
class SegmentCountCheckTest {

    static List<QaFinding> count(List<String> source, List<String> target) {
        return QaTestSupport.only("segment-count",
                QaTestSupport.QA.checkTranslation(new TranslationUnderReview("en", "vi", source, target), List.of()));
    }

    @Test
    void aDroppedParagraphIsAnOutputLevelError() {
        assertThat(count(List.of("One.", "Two.", "Three."), List.of("Một.", "Hai.")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.segment()).isEqualTo(-1);
                    assertThat(f.hasSpan()).isFalse();
                    assertThat(f.message()).contains("3").contains("2").contains("dropped");
                });
    }

    @Test
    void anAddedParagraphIsAnError() {
        assertThat(count(List.of("One."), List.of("Một.", "Hai."))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("added"));
    }

    @Test
    void equalCountsPass() {
        assertThat(count(List.of("One.", "Two."), List.of("Một.", "Hai."))).isEmpty();
    }
}
