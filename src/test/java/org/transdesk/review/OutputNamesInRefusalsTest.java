package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.article.Output;
import org.transdesk.export.ExportException;

/**
 * Issue #15: an output named inside a refusal follows the screen's language for every configured output — a Chinese or
 * German translation and a summary in an edition's language too, which the bundles' {@code output.<key>} did not name
 * (a Vietnamese editor read "Simplified Chinese", "Vietnamese summary"). The English, for logs and the API, is unchanged.
 */
class OutputNamesInRefusalsTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void a_chinese_translation_is_named_in_vietnamese_and_russian_and_in_english_as_before() {
        ReviewException running = ReviewException.of("refusal.generation.running", ReviewException.output(Output.translation("zh")));

        assertThat(running.getMessage()).isEqualTo("The Simplified Chinese draft is already being generated.");
        assertThat(running.phrase().orElseThrow().in(VI)).isEqualTo("Bản nháp Tiếng Trung (giản thể) đang được tạo.");
        assertThat(running.phrase().orElseThrow().in(RU)).contains("Китайский (упрощённое письмо)").doesNotContain("Chinese");
    }

    @Test
    void a_summary_in_an_editions_language_is_named_in_the_screens_language() {
        ExportException refused = ExportException.of("refusal.generation.running", ExportException.output(Output.editionSummary("vi")));

        assertThat(refused.getMessage()).isEqualTo("The Vietnamese summary draft is already being generated.");
        assertThat(refused.phrase().orElseThrow().in(RU)).contains("Краткое содержание (вьетнамский)").doesNotContain("summary");
        assertThat(refused.phrase().orElseThrow().in(VI)).contains("Tóm tắt (tiếng Việt)").doesNotContain("summary");
    }

    @Test
    void a_language_without_a_word_in_the_bundles_is_named_by_cldr() {
        ReviewException running = ReviewException.of("refusal.generation.running", ReviewException.output(Output.translation("de")));

        assertThat(running.getMessage()).isEqualTo("The de draft is already being generated.");
        assertThat(running.phrase().orElseThrow().in(VI)).contains("Tiếng Đức");
        assertThat(running.phrase().orElseThrow().in(RU)).contains("Немецкий");
        assertThat(ReviewException.output(Output.SUMMARY)).isNotNull();
        assertThat(ReviewException.of("refusal.generation.running", ReviewException.output(Output.SUMMARY)).phrase().orElseThrow().in(VI))
                .contains("Tóm tắt");
    }
}
