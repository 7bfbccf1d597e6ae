package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade and the API records. */
class QaChecksTest {

    static final String SOURCE = "The two upgraded their relationship to the strategic partnership in November 2018.";

    @Test
    void aGoodTranslationHasNoErrors() {
        List<QaFinding> f = new QaChecks().checkTranslation(new TranslationUnderReview("en", "ru",
                List.of("ASEAN, Russia look to deepen strategic partnership", SOURCE),
                List.of("АСЕАН и Россия намерены углублять стратегическое партнёрство",
                        "Обе стороны повысили уровень отношений до стратегического партнёрства в ноябре 2018 года.")),
                List.of(GlossaryEntry.of("strategic partnership", Map.of("ru", "стратегическое партнёрство"))));
        assertThat(f).noneMatch(QaFinding::isError);
    }

    @Test
    void findingsComeSortedByParagraphThenPosition() {
        List<QaFinding> f = new QaChecks().checkTranslation(new TranslationUnderReview("en", "ru",
                List.of("One paragraph here.", SOURCE, "Three."),
                List.of("Первый  абзац \"здесь\".", "Стороны стали партнёрами в 2017 году,")), List.of());
        assertThat(f).extracting(QaFinding::segment).isSorted();
        assertThat(f.getFirst().check()).isEqualTo("segment-count");
        assertThat(f).extracting(QaFinding::check)
                .contains("double-space", "typography-quotes", "numbers", "truncated");
    }

    @Test
    void checksCanBeSwitchedOffById() {
        QaChecks qa = new QaChecks(QaSettings.defaults().withDisabledChecks("numbers", "summary-budget",
                "cross-output"));
        assertThat(qa.checkTranslation(TranslationUnderReview.of("en", "ru", SOURCE, "Стороны стали партнёрами."),
                List.of())).noneMatch(f -> f.check().equals("numbers"));
        assertThat(qa.checkSummary(new SummaryUnderReview("en", List.of(SOURCE), List.of("Too many words here."), 1)))
                .isEmpty();
        assertThat(qa.checkConsistency(List.of("a"), List.of("b", "c"))).isEmpty();
    }

    @Test
    void everyCheckIdIsListed() {
        assertThat(QaChecks.TRANSLATION_CHECKS).containsExactly("empty", "segment-count", "truncated",
                "untranslated", "untranslated-sentence", "script", "numbers", "glossary", "entities", "missing-sentence",
                "length-ratio", "typography-quotes",
                "double-space", "repeated-word", "edge-spaces", "brackets", "tags");
        assertThat(QaChecks.SUMMARY_CHECKS).containsExactly("summary-budget", "summary-faithfulness");
        assertThat(QaChecks.CROSS_OUTPUT_CHECK).isEqualTo("cross-output");
    }

    @Test
    void languageCodesMayBeWrittenInSeveralWays() {
        List<QaFinding> f = new QaChecks().checkTranslation(TranslationUnderReview.of("eng_Latn", "rus_Cyrl",
                "It costs $5.", "Это стоит 5 евро."), List.of());
        assertThat(f).anyMatch(x -> x.check().equals("numbers") && x.isError());
    }

    @Test
    void findingsAreOneLineWithAValidSpan() {
        QaFinding f = new QaFinding("numbers", Severity.ERROR, "Number “5”\nis missing.", 0, -1, -1);
        assertThat(f.message()).isEqualTo("Number “5” is missing.");
        assertThatThrownBy(() -> new QaFinding("x", Severity.INFO, "m", 0, 3, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QaFinding("x", Severity.INFO, "m", -2, -1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsCopyTheirListsAndReadNullParagraphsAsEmpty() {
        java.util.ArrayList<String> target = new java.util.ArrayList<>(java.util.Arrays.asList("a", null));
        TranslationUnderReview t = new TranslationUnderReview("en", "vi", List.of("a", "b"), target);
        target.add("c");
        assertThat(t.target()).containsExactly("a", "");
        assertThatThrownBy(() -> GlossaryEntry.of(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QaSettings.LengthBounds(1, 0.5, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
