package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code repeated-word}: the same word twice in a row. */
class RepeatedWordCheckTest {

    @Test
    void aDoubledRussianWordIsAnErrorWithItsSpan() {
        // from the WMT19 human translation
        String target = "Ураган находился в в 385 милях к юго-западу.";
        List<QaFinding> f = check("repeated-word", "ru", "It was 385 miles southwest.", target);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(target.substring(x.start(), x.end())).isEqualTo("в в");
        });
    }

    @Test
    void vietnameseReduplicationIsGrammarNotAnError() {
        // all from the FLORES human translation
        for (String target : List.of("Nước dâng lên dần dần.", "Tôi luôn luôn nói vậy.", "Hai con đường song song.",
                "Những con chuồn chuồn bay.", "Một con tinh tinh.")) {
            assertThat(check("repeated-word", "vi", "It rose.", target)).allMatch(x -> x.severity() == Severity.INFO);
        }
    }

    @Test
    void aDoubledVietnameseFunctionWordIsAnError() {
        assertThat(severities(check("repeated-word", "vi", "The policy of the bloc.", "Chính sách của của khối.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void namesAndNormalRussianReduplicationAreNotErrors() {
        assertThat(severities(check("repeated-word", "ru", "Near Pago Pago.", "Возле Паго Паго.")))
                .containsExactly(Severity.INFO);
        assertThat(severities(check("repeated-word", "ru", "Yes, yes, I agree.", "Да да, я согласен.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void aRepeatTheSourceAlsoHasIsOnlyAWarning() {
        assertThat(severities(check("repeated-word", "ru", "Canada plus plus.", "Канада плюс плюс.")))
                .containsExactly(Severity.WARNING);
    }

    @Test
    void hyphenatedWordsAndPunctuationBreakARepeat() {
        assertThat(check("repeated-word", "ru", "Something went wrong.", "Ясно, что что-то пошло не так.")).isEmpty();
        assertThat(check("repeated-word", "ru", "No, no.", "Нет, нет.")).isEmpty();
    }
}
