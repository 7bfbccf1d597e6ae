package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code untranslated}: the target is the source, or mostly source words. */
class UntranslatedCheckTest {

    static final String SRC = "The Russian side stressed that ASEAN is one of the top priorities in its policy.";

    static List<QaFinding> untranslated(String lang, String source, String target) {
        return check("untranslated", lang, source, target);
    }

    @Test
    void aCopiedSourceParagraphIsAnError() {
        assertThat(severities(untranslated("vi", SRC, SRC))).containsExactly(Severity.ERROR);
        assertThat(severities(untranslated("ru", SRC, "  " + SRC.toLowerCase() + " "))).containsExactly(Severity.ERROR);
    }

    @Test
    void aParagraphThatIsOnlyANameOrNumberMayStayAsItIs() {
        assertThat(untranslated("vi", "Bob Dylan", "Bob Dylan")).isEmpty();
        assertThat(untranslated("ru", "COVID-19", "COVID-19")).isEmpty();
    }

    @Test
    void mostlySourceWordsIsAnError() {
        assertThat(severities(untranslated("vi", SRC,
                "Phía Nga stressed that ASEAN is one of the top priorities in its policy.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void keptNamesDoNotMakeATranslationUntranslated() {
        assertThat(untranslated("vi", "Sara Danius, permanent secretary of the Nobel Committee, spoke on Sveriges Radio.",
                "Sara Danius, thư ký thường trực của Ủy ban Nobel, phát biểu trên Sveriges Radio.")).isEmpty();
    }

    @Test
    void vietnameseWordsThatHappenToBeEnglishDoNotCount() {
        assertThat(untranslated("vi", "Do not go to the bar in a taxi, he said.",
                "Ông nói đừng đi taxi tới quán bar, do con đường đó không an toàn.")).isEmpty();
    }

    @Test
    void anUntranslatedPhraseInsideATranslationIsAWarning() {
        List<QaFinding> f = untranslated("ru", SRC,
                "Российская сторона подчеркнула, что АСЕАН is one of the top приоритетов её политики.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("is one of the top");
        });
    }
}
