package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.inline.InlineCode;

/**
 * Issue #15: the tags check's findings (from {@code inline.TaggedText}) read in the screen's language, their English
 * line unchanged; the tags themselves and a link's address are quoted as written. On the old code they had no phrase.
 */
class TagsPhrasesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final String SOURCE = "The ⟦1⟧ASEAN⟦/1⟧ summit⟦3/⟧, see ⟦2⟧the statement⟦/2⟧.";
    static final List<InlineCode> CODES = List.of(InlineCode.paired(1, InlineCode.Type.BOLD), InlineCode.link(2, "https://asean.org"),
            InlineCode.standalone(3, InlineCode.Type.LINE_BREAK));

    private static List<QaFinding> tags(String target) {
        return new QaChecks().checkTranslation(new TranslationUnderReview("en", "ru", List.of(SOURCE), List.of(target), List.of(CODES)), List.of())
                .stream().filter(f -> f.check().equals("tags")).toList();
    }

    @Test
    void a_missing_link_and_a_missing_line_break_read_in_russian_and_vietnamese() {
        List<QaFinding> missing = tags("Саммит ⟦1⟧АСЕАН⟦/1⟧, см. заявление.");

        assertThat(missing).extracting(QaFinding::message).containsExactly(
                "Tag ⟦2⟧…⟦/2⟧ (link to https://asean.org) is missing: copy it from the source.",
                "Tag ⟦3/⟧ (line break) is missing: copy it from the source.");
        assertThat(missing).extracting(f -> f.phrase().in(RU)).containsExactly(
                "Нет тега ⟦2⟧…⟦/2⟧ (ссылка на https://asean.org): скопируйте его из оригинала.",
                "Нет тега ⟦3/⟧ (разрыв строки): скопируйте его из оригинала.");
        assertThat(missing.get(1).phrase().in(VI)).isEqualTo("Thiếu thẻ ⟦3/⟧ (ngắt dòng): hãy chép thẻ này từ bản gốc.");
    }

    @Test
    void every_kind_of_tag_problem_has_a_phrase_whose_english_is_the_line_it_always_was() {
        List<QaFinding> all = new java.util.ArrayList<>();
        all.addAll(tags("Саммит ⟦1⟧АСЕАН⟦/1⟧⟦3/⟧⟦9/⟧, см. ⟦2⟧заявление⟦/2⟧."));          // not in the source
        all.addAll(tags("Саммит ⟦1⟧АСЕАН⟦/1⟧⟦3/⟧⟦3/⟧, см. ⟦2⟧заявление⟦/2⟧."));         // twice
        all.addAll(tags("Саммит ⟦/1⟧АСЕАН⟦1⟧⟦3/⟧, см. ⟦2⟧заявление⟦/2⟧."));             // closes before it opens
        all.addAll(tags("Саммит ⟦1⟧АСЕАН⟦2⟧⟦/1⟧⟦3/⟧, см. заявление⟦/2⟧."));             // crossing
        all.addAll(tags("См. ⟦2⟧заявление⟦/2⟧ о саммите ⟦1⟧АСЕАН⟦/1⟧⟦3/⟧."));            // another order
        assertThat(all).extracting(f -> f.phrase().key()).contains("qa-finding.tags.not-in-source", "qa-finding.tags.twice",
                "qa-finding.tags.closes-before-open", "qa-finding.tags.cross", "qa-finding.tags.order");
        for (QaFinding f : all) {
            assertThat(f.phrase().english()).isEqualTo(f.message());
            for (Locale locale : List.of(VI, RU)) {
                assertThat(f.phrase().in(locale)).as(locale + " " + f.phrase().key()).isNotEqualTo(f.message()).doesNotContain("@@");
            }
        }
        assertThat(all).filteredOn(f -> f.phrase().key().equals("qa-finding.tags.cross")).first()
                .satisfies(f -> assertThat(f.phrase().in(RU)).isEqualTo("Теги пересекаются: ⟦/1⟧ закрывается внутри ⟦2⟧; сначала закройте внутренний тег."));
    }
}
