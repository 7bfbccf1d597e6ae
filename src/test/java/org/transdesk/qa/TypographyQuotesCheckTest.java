package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code typography-quotes}: «…» in Russian, „…“ inside them. */
class TypographyQuotesCheckTest {

    static final String SRC = "He said \"it is \"enough\" now\".";

    @Test
    void guillemetsAndLowHighQuotesInsideArePreferred() {
        assertThat(check("typography-quotes", "ru", SRC, "Он сказал: «уже „достаточно“ сейчас».")).isEmpty();
    }

    @Test
    void straightQuotesInRussianAreAWarningAtTheFirstQuote() {
        List<QaFinding> f = check("typography-quotes", "ru", SRC, "Он сказал: \"хватит\".");
        assertThat(severities(f)).containsExactly(Severity.WARNING);
        assertThat(f.getFirst().start()).isEqualTo("Он сказал: ".length());
    }

    @Test
    void englishCurlyQuotesInRussianAreAWarning() {
        assertThat(severities(check("typography-quotes", "ru", SRC, "Он сказал: “хватит”.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void vietnameseQuotesAreNotJudged() {
        assertThat(check("typography-quotes", "vi", SRC, "Ông nói: \"đủ rồi\".")).isEmpty();
    }

    @Test
    void theHouseRuleCanBeSwitchedOff() {
        QaChecks relaxed = new QaChecks(QaSettings.defaults().withRussianGuillemets(false));
        assertThat(QaTestSupport.only("typography-quotes",
                relaxed.checkTranslation(TranslationUnderReview.of("en", "ru", SRC, "Он сказал: \"хватит\"."),
                        List.of()))).isEmpty();
    }
}
