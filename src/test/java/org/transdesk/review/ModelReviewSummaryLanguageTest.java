package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.transdesk.base.Phrase;
import org.transdesk.review.internal.ModelReviewRepository;

/**
 * Issue #15: the whole output's model-review line (who reviewed, what it found, at what cost) reads in the screen's
 * language, its counts in the plural form the language wants (Russian: 1 замечание, 2 замечания, 5 замечаний,
 * 21 замечание; Vietnamese has none), while its English line stays as logs, the API and exports have always read it.
 */
class ModelReviewSummaryLanguageTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Instant WHEN = Instant.parse("2026-12-03T00:40:00Z");

    static ModelReviewRepository.Stored review(int paragraphs, BigDecimal cost) {
        return new ModelReviewRepository.Stored(1, new DraftProvenance("local", "Local server", "openai/test-model", "review-v1", null,
                12345, 678, 900, cost), paragraphs, null, "editor", WHEN, List.of());
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 замечание в 1 абзаце, 1 замечание больше не показывается, не удалось проверить 1 абзац",
            "2, 2 замечания в 2 абзацах, 2 замечания больше не показываются, не удалось проверить 2 абзаца",
            "5, 5 замечаний в 5 абзацах, 5 замечаний больше не показываются, не удалось проверить 5 абзацев",
            "21, 21 замечание в 21 абзаце, 21 замечание больше не показывается, не удалось проверить 21 абзац"})
    void a_russian_screen_reads_the_counts_in_their_plural_forms(int n, String found, String notShown, String failed) {
        Phrase summary = ModelReviewFindings.summary(review(n, null), n, n, n);

        assertThat(summary.in(RU)).startsWith("Проверка моделью openai/test-model («local»): " + found + ", " + failed + "; ")
                .contains(notShown).doesNotContain("issue").doesNotContain("paragraph").doesNotContain("@@");
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "5", "21"})
    void a_vietnamese_screen_reads_the_counts_as_they_are(int n) {
        Phrase summary = ModelReviewFindings.summary(review(n, null), n, n, n);

        assertThat(summary.in(VI)).startsWith("Mô hình openai/test-model (máy “local”) đã rà soát " + n + " đoạn, có " + n + " nhận xét; "
                + "không rà soát được " + n + " đoạn; ").contains(n + " nhận xét không còn hiển thị").doesNotContain("issue");
    }

    @Test
    void the_english_line_reads_as_before() {
        assertThat(ModelReviewFindings.summary(review(3, new BigDecimal("0.00123450")), 1, 0, 0).english())
                .isEqualTo("Model review by openai/test-model on 'local': 1 issue in 3 paragraphs; 12345 + 678 tokens, cost 0.001235;"
                        + " editor, 2026-12-03 00:40 UTC.");
        assertThat(ModelReviewFindings.summary(review(1, null), 2, 1, 1).english())
                .isEqualTo("Model review by openai/test-model on 'local': 2 issues in 1 paragraph, review failed for 1 paragraph;"
                        + " 12345 + 678 tokens; editor, 2026-12-03 00:40 UTC. 1 finding is no longer shown: the paragraph changed since the review.");
        assertThat(ModelReviewFindings.summary(review(5, null), 0, 2, 2).english())
                .contains(": 0 issues in 5 paragraphs, review failed for 2 paragraphs;").endsWith(". 2 findings are no longer shown: the paragraph changed since the review.");
    }

    @Test
    void tokens_and_cost_are_written_the_russian_and_vietnamese_way() {
        Phrase summary = ModelReviewFindings.summary(review(3, new BigDecimal("0.00123450")), 1, 0, 0);

        assertThat(summary.in(RU)).contains("; 12\u00a0345 + 678 токенов, стоимость 0,001235; editor, 2026-12-03 00:40 UTC.");
        assertThat(summary.in(VI)).contains("; 12.345 + 678 token, chi phí 0,001235; editor, 2026-12-03 00:40 UTC.");
    }
}
