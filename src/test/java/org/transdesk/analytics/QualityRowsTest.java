package org.transdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.article.Output;

/** Rows add up paragraphs and words, average chrF and HTER per version, take the median time, and price only priced versions. */
class QualityRowsTest {

    static final Instant APPROVED = Instant.parse("2026-12-02T10:00:00Z");

    static PostEditFigure figure(long id, String engine, String model, Output output, int paragraphs, int edited, double chrf, int edits,
                                 int words, Duration time, BigDecimal cost) {
        return new PostEditFigure(id, 1, output, output.language("en"), 1, engine, engine, model, "rita", APPROVED.plusSeconds(id),
                time == null ? null : APPROVED.plusSeconds(id).minus(time), paragraphs, edited, chrf, edits, words, cost);
    }

    @Test
    void a_group_sums_counts_averages_per_version_and_takes_the_median_time() {
        List<PostEditFigure> figures = List.of(
                figure(1, "openai", "gpt", Output.VI, 10, 2, 90, 10, 100, Duration.ofMinutes(10), new BigDecimal("0.10")),
                figure(2, "openai", "gpt", Output.RU, 10, 8, 70, 30, 50, Duration.ofMinutes(30), null),
                figure(3, "openai", "gpt", Output.VI, 5, 0, 100, 0, 40, Duration.ofMinutes(20), new BigDecimal("0.02")),
                figure(4, "openai", "gpt", Output.VI, 5, 5, 0, 20, 20, null, new BigDecimal("0.00")));

        QualityRow row = QualityRows.of(figures, Grouping.ENGINE).getFirst();

        assertThat(row.versions()).isEqualTo(4);
        assertThat(row.paragraphs()).isEqualTo(30);
        assertThat(row.editedParagraphs()).isEqualTo(15);
        assertThat(row.editedShare()).isEqualTo(0.5);
        assertThat(row.meanChrf()).isEqualTo(65.0);
        assertThat(row.meanHter()).isEqualTo((0.1 + 0.6 + 0 + 1.0) / 4);
        assertThat(row.medianTimeToApproval()).as("10, 20, 30 minutes; the version no engine wrote has no time").isEqualTo(Duration.ofMinutes(20));
        assertThat(row.approvedWords()).isEqualTo(210);
        assertThat(row.cost()).isEqualByComparingTo("0.12");
        assertThat(row.costPerApprovedWord()).as("0.12 over the 160 words of priced versions").isEqualByComparingTo("0.00075");
    }

    @Test
    void an_even_count_takes_the_mean_of_the_middle_two_and_no_price_means_no_cost() {
        List<PostEditFigure> figures = List.of(
                figure(1, "ollama", "", Output.VI, 1, 0, 100, 0, 5, Duration.ofMinutes(10), null),
                figure(2, "ollama", "", Output.VI, 1, 1, 50, 2, 5, Duration.ofMinutes(40), null));

        QualityRow row = QualityRows.of(figures, Grouping.MODEL).getFirst();

        assertThat(row.medianTimeToApproval()).isEqualTo(Duration.ofMinutes(25));
        assertThat(row.cost()).isNull();
        assertThat(row.costPerApprovedWord()).isNull();
        assertThat(row.label()).as("an unnamed model is left out of the label").isEqualTo("ollama");
    }

    @Test
    void rows_per_route_and_language_are_sorted_by_label() {
        List<PostEditFigure> figures = List.of(
                figure(1, "offline", "tm+glossary", Output.VI, 1, 0, 100, 0, 5, null, null),
                figure(2, "openai", "gpt", Output.RU, 1, 0, 100, 0, 5, null, null),
                figure(3, "offline", "textrank", Output.SUMMARY, 1, 0, 100, 0, 5, null, null));

        assertThat(QualityRows.of(figures, Grouping.ROUTE)).extracting(QualityRow::label)
                .containsExactly("ru · openai · gpt", "summary · offline · textrank", "vi · offline · tm+glossary");
        assertThat(QualityRows.of(figures, Grouping.LANGUAGE)).extracting(QualityRow::label).containsExactly("en", "ru", "vi");
        assertThat(QualityRows.of(figures, Grouping.MONTH)).extracting(QualityRow::label).containsExactly("2026-12");
    }
}
