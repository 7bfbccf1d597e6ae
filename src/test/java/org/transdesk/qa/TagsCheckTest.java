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
}
