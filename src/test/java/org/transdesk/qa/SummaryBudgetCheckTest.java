package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code summary-budget}: a summary within its word budget. */
class SummaryBudgetCheckTest {

    static final List<String> ARTICLE = List.of("ASEAN and Russia upgraded their relationship in November 2018.");

    static List<QaFinding> budget(List<String> summary, int words) {
        return QaTestSupport.only("summary-budget",
                QaTestSupport.QA.checkSummary(new SummaryUnderReview("en", ARTICLE, summary, words)));
    }

    @Test
    void aSummaryWithinBudgetPasses() {
        assertThat(budget(List.of("ASEAN and Russia upgraded ties in 2018."), 7)).isEmpty();
    }

    @Test
    void overBudgetIsAnErrorSayingHowMuchToCut() {
        assertThat(budget(List.of("ASEAN and Russia upgraded", "their ties in November 2018."), 6))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.segment()).isEqualTo(-1);
                    assertThat(f.message()).contains("9 words").contains("budget is 6").contains("cut 3");
                });
    }

    @Test
    void hyphenatedWordsAndNumbersCountOnce() {
        assertThat(budget(List.of("ASEAN-Russia ties, COVID-19 and 2018."), 5)).isEmpty();
    }

    @Test
    void anEmptySummaryIsAnError() {
        assertThat(budget(List.of(" "), 50)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("empty"));
    }

    @Test
    void noBudgetMeansNoLimit() {
        assertThat(budget(List.of("A long summary of many words goes on and on and on."), 0)).isEmpty();
    }
}
