package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code truncated}: translations that stop mid-sentence. */
class TruncatedCheckTest {

    static final String SRC = "ASEAN and Russia agreed to further strengthen the strategic partnership, focusing on "
            + "politics, security and tourism.";

    static List<QaFinding> truncated(String lang, String source, String target) {
        return check("truncated", lang, source, target);
    }

    @Test
    void completeTranslationsPass() {
        assertThat(truncated("ru", SRC, "АСЕАН и Россия договорились и дальше укреплять стратегическое партнёрство,"
                + " уделяя внимание политике, безопасности и туризму.")).isEmpty();
    }

    @Test
    void closingQuotesAndBracketsAreLookedThrough() {
        assertThat(truncated("ru", "He said: \"That is enough.\"", "Он сказал: «Этого достаточно»."))
                .isEmpty();
        assertThat(truncated("ru", "\"That is enough,\" he said.", "«Этого достаточно», — сказал он.")).isEmpty();
        assertThat(truncated("vi", "He said it (in 2019).", "Ông nói điều đó (năm 2019).")).isEmpty();
    }

    @Test
    void endingOnACommaIsAnError() {
        List<QaFinding> f = truncated("ru", SRC, "АСЕАН и Россия договорились и дальше укреплять партнёрство,");
        assertThat(severities(f)).containsExactly(Severity.ERROR);
        assertThat(f.getFirst().start()).isEqualTo(f.getFirst().end() - 1);
    }

    @Test
    void endingOnAWordThatCannotEndASentenceIsAnError() {
        assertThat(severities(truncated("ru", SRC, "АСЕАН и Россия договорились укреплять партнёрство в области политики и")))
                .containsExactly(Severity.ERROR);
        assertThat(severities(truncated("vi", SRC, "ASEAN và Nga nhất trí tăng cường quan hệ đối tác chiến lược của")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void aShortTranslationWithoutFinalPunctuationIsAnError() {
        assertThat(severities(truncated("ru", SRC, "АСЕАН и Россия договорились")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void aCompleteTranslationMissingOnlyItsFullStopIsAWarning() {
        assertThat(severities(truncated("ru", SRC, "АСЕАН и Россия договорились и дальше укреплять стратегическое"
                + " партнёрство, уделяя внимание политике, безопасности и туризму"))).containsExactly(Severity.WARNING);
    }

    @Test
    void headlinesWithoutPunctuationAreFine() {
        assertThat(truncated("ru", "ASEAN, Russia look to deepen partnership",
                "АСЕАН и Россия намерены углублять партнёрство")).isEmpty();
    }

    @Test
    void trailingOffWithAnEllipsisIsAWarning() {
        assertThat(severities(truncated("ru", SRC, "АСЕАН и Россия договорились и дальше укреплять стратегическое"
                + " партнёрство, уделяя внимание политике…"))).containsExactly(Severity.WARNING);
    }
}
