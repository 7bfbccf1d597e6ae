package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.inline.InlineCode;

class TagsCheckTest {

    static final String SOURCE = "The ⟦1⟧ASEAN⟦/1⟧ summit, see ⟦2⟧the statement⟦/2⟧.";
    static final List<InlineCode> CODES = List.of(InlineCode.paired(1, InlineCode.Type.BOLD), InlineCode.link(2, "https://asean.org"));

    private static List<QaFinding> tags(String target) {
        return new QaChecks().checkTranslation(new TranslationUnderReview("en", "ru", List.of(SOURCE), List.of(target), List.of(CODES)), List.of())
                .stream().filter(f -> f.check().equals("tags")).toList();
    }

    @Test
    void a_translation_keeping_every_tag_passes() {
        assertThat(tags("Саммит ⟦1⟧АСЕАН⟦/1⟧, см. ⟦2⟧заявление⟦/2⟧.")).isEmpty();
    }

    @Test
    void a_missing_tag_is_an_error_naming_it() {
        assertThat(tags("Саммит ⟦1⟧АСЕАН⟦/1⟧, см. заявление.")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("⟦2⟧…⟦/2⟧ (link to https://asean.org) is missing");
        });
    }

    @Test
    void an_extra_tag_is_an_error_at_its_place_and_another_order_a_warning() {
        assertThat(tags("Саммит ⟦1⟧АСЕАН⟦/1⟧⟦3/⟧, см. ⟦2⟧заявление⟦/2⟧.")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.start()).isEqualTo("Саммит ⟦1⟧АСЕАН⟦/1⟧".length());
        });
        assertThat(tags("См. ⟦2⟧заявление⟦/2⟧ о саммите ⟦1⟧АСЕАН⟦/1⟧.")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void paragraphs_without_codes_are_never_judged() {
        List<QaFinding> findings = new QaChecks().checkTranslation(
                TranslationUnderReview.of("en", "ru", "Section ⟦1⟧ applies.", "Применяется раздел."), List.of());

        assertThat(findings).noneMatch(f -> f.check().equals("tags"));
    }

    @Test
    void a_dropped_tag_is_reported_by_the_tags_check_only_not_as_a_missing_number() {
        List<QaFinding> findings = new QaChecks().checkTranslation(new TranslationUnderReview("en", "ru", List.of(SOURCE),
                List.of("Саммит АСЕАН, см. заявление."), List.of(CODES)), List.of());

        assertThat(findings).extracting(QaFinding::check).containsOnly("tags");
    }

    @Test
    void other_checks_read_the_words_and_their_spans_point_into_the_stored_text() {
        String source = "⟦1⟧Exports⟦/1⟧ rose by 12 percent, see ⟦2⟧the report⟦/2⟧.";
        String target = "⟦1⟧Экспорт⟦/1⟧ вырос на 13 процентов, см. ⟦2⟧доклад⟦/2⟧.";
        List<QaFinding> findings = new QaChecks().checkTranslation(new TranslationUnderReview("en", "ru", List.of(source),
                List.of(target), List.of(CODES)), List.of());

        assertThat(findings).as(findings.toString()).filteredOn(f -> f.check().equals("numbers")).isNotEmpty();
        assertThat(findings).as(findings.toString()).filteredOn(QaFinding::hasSpan).isNotEmpty()
                .allSatisfy(f -> assertThat(target.substring(f.start(), f.end())).isEqualTo("13"));
        assertThat(findings).noneMatch(f -> f.check().equals("tags"));
    }
}
