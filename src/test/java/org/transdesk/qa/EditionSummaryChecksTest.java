package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: a summary in an edition's language is checked in that language: its budget in words, or in characters for
 * a language written without spaces (zh: 60 words are 130 characters), and its figures against the translation into it.
 */
class EditionSummaryChecksTest {

    static final List<String> ZH_ARTICLE = List.of("今年水稻产量增长5%，农民对丰收感到高兴。");

    static List<QaFinding> budget(String lang, List<String> source, List<String> summary, int words) {
        return QaTestSupport.only("summary-budget", QaTestSupport.QA.checkSummary(new SummaryUnderReview(lang, source, summary, words)));
    }

    @Test
    void a_chinese_summary_over_its_budget_in_characters_is_an_error() {
        String sentence = "今年水稻产量增长5%，农民对丰收感到高兴。"; // 18 letters and digits
        List<String> long144 = List.of(sentence.repeat(8)); // 144 letters and digits

        assertThat(budget("zh", ZH_ARTICLE, long144, 60)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("144 characters").contains("budget is 130").contains("60 words").contains("cut 14");
        });
        assertThat(budget("zh", ZH_ARTICLE, List.of(sentence.repeat(6)), 60)).as("108 characters").isEmpty();
    }

    @Test
    void a_vietnamese_summary_keeps_its_budget_in_words() {
        List<String> translation = List.of("Sản lượng lúa tăng 5% trong năm nay.");

        assertThat(budget("vi", translation, List.of("Sản lượng lúa tăng 5% trong năm nay."), 5)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("words").contains("budget is 5"));
    }

    @Test
    void an_edition_summary_is_checked_for_faithfulness_against_the_translation_in_its_language() {
        List<String> translation = List.of("Kỷ lục thu hoạch", "Sản lượng lúa tăng 5% trong năm nay.");

        List<QaFinding> faithful = QaTestSupport.only("summary-faithfulness", QaTestSupport.QA.checkSummary(
                new SummaryUnderReview("vi", translation, List.of("Sản lượng lúa tăng 5% trong năm nay."), 60)));
        List<QaFinding> wrongFigure = QaTestSupport.only("summary-faithfulness", QaTestSupport.QA.checkSummary(
                new SummaryUnderReview("vi", translation, List.of("Sản lượng lúa tăng 9% trong năm nay."), 60)));

        assertThat(faithful).isEmpty();
        assertThat(wrongFigure).isNotEmpty().anySatisfy(f -> assertThat(f.message()).contains("9"));
    }
}
