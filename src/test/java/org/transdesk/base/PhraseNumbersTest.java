package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A phrase can carry a number ({@link Phrase#number}) that stays a number when the sentence is said: ICU chooses the
 * plural form each language wants and groups its digits. Written as text it is still a string, so it survives
 * storage (JSON arguments) and nesting; an argument given as text stays text, as it always did.
 */
class PhraseNumbersTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final String FAILED = "qa-finding.model-review.summary.failed";

    @Test
    void a_count_chooses_the_russian_plural_form_and_english_its_own() {
        assertThat(List.of(1, 2, 5, 11, 21, 22, 25).stream().map(n -> Phrase.of(FAILED, Phrase.number(n)).in(RU)).toList())
                .containsExactly(", не удалось проверить 1 абзац", ", не удалось проверить 2 абзаца", ", не удалось проверить 5 абзацев",
                        ", не удалось проверить 11 абзацев", ", не удалось проверить 21 абзац", ", не удалось проверить 22 абзаца",
                        ", не удалось проверить 25 абзацев");
        assertThat(Phrase.of(FAILED, Phrase.number(1)).english()).isEqualTo(", review failed for 1 paragraph");
        assertThat(Phrase.of(FAILED, Phrase.number(21)).english()).isEqualTo(", review failed for 21 paragraphs");
        assertThat(Phrase.of(FAILED, Phrase.number(21)).in(VI)).isEqualTo("; không rà soát được 21 đoạn");
    }

    @Test
    void a_cap_of_paragraphs_reads_in_its_russian_form() {
        String first = Phrase.of("qa-finding.model-review.paragraph", 1).nested();
        assertThat(List.of(1, 3, 5, 21).stream().map(n -> Phrase.of("qa-finding.model-review.stopped.cap", Phrase.number(n), first).in(RU)
                .replaceFirst(" \\(transdesk.*", "")).toList())
                .containsExactly("Проверен только первый абзац", "Проверены только первые 3 абзаца", "Проверены только первые 5 абзацев",
                        "Проверен только первый 21 абзац");
    }

    @Test
    void a_number_is_grouped_and_a_decimal_written_the_languages_way() {
        Phrase cost = Phrase.of("qa-finding.model-review.summary.cost", Phrase.number(new BigDecimal("0.0125")));
        assertThat(cost.english()).isEqualTo(", cost 0.0125");
        assertThat(cost.in(RU)).isEqualTo(", стоимость 0,0125");
        assertThat(Phrase.of(FAILED, Phrase.number(12480)).in(RU)).isEqualTo(", не удалось проверить 12\u00a0480 абзацев");
    }

    @Test
    void a_number_survives_nesting_and_its_text_form_and_text_stays_text() {
        Phrase inner = Phrase.of(FAILED, Phrase.number(5));
        Phrase outer = Phrase.of("qa-finding.model-review.stored", inner.nested());
        assertThat(outer.in(RU)).isEqualTo(", не удалось проверить 5 абзацев");
        assertThat(new Phrase(inner.key(), List.copyOf(inner.args())).in(RU)).isEqualTo(inner.in(RU));
        assertThat(Phrase.unnested(inner.nested())).contains(inner);
        assertThat(Phrase.unnested("Model review failed for paragraph 2.")).isEmpty();
        assertThat(Phrase.of("qa-finding.model-review.paragraph", 2026).english()).isEqualTo("paragraph 2026");
    }

    @Test
    void a_phrase_knows_how_many_arguments_its_sentence_wants() {
        assertThat(Phrase.wanted("qa-finding.model-review.summary")).isEqualTo(11);
        assertThat(Phrase.wanted(FAILED)).isEqualTo(1);
        assertThat(Phrase.wanted("qa-finding.model-review.headline")).isZero();
        assertThat(Phrase.wanted("qa-finding.no-such-key")).isEqualTo(-1);
    }
}
