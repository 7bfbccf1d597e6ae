package org.transdesk.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.inline.TaggedText.TagProblem;

class TaggedTextTest {

    /** "The ⟦1⟧ASEAN⟦/1⟧ summit, see ⟦2⟧the statement⟦/2⟧.⟦3/⟧": bold, a link and a line break. */
    private static TaggedText source() {
        TaggedText.Builder b = new TaggedText.Builder().text("The ");
        int bold = b.start(InlineCode.Type.BOLD, null);
        b.text("ASEAN").end(bold).text(" summit, see ");
        int link = b.start(InlineCode.Type.LINK, "https://asean.org/statement");
        b.text("the statement").end(link).text(".").standalone(InlineCode.Type.LINE_BREAK, null);
        return b.build();
    }

    private static List<TagProblem.Kind> kinds(String translation) {
        return source().check(translation).stream().map(TagProblem::kind).toList();
    }

    @Test
    void the_builder_numbers_codes_in_reading_order_and_pieces_read_them_back() {
        TaggedText text = source();

        assertThat(text.text()).isEqualTo("The ⟦1⟧ASEAN⟦/1⟧ summit, see ⟦2⟧the statement⟦/2⟧.⟦3/⟧");
        assertThat(text.plainText()).isEqualTo("The ASEAN summit, see the statement.");
        assertThat(text.codes()).extracting(InlineCode::type).containsExactly(InlineCode.Type.BOLD, InlineCode.Type.LINK, InlineCode.Type.LINE_BREAK);
        assertThat(text.pieces()).hasSize(10).first().isEqualTo(new TaggedText.Text("The "));
    }

    @Test
    void a_plain_paragraph_reads_placeholder_shaped_text_as_words() {
        TaggedText plain = TaggedText.plain("Section ⟦1⟧ of the treaty");

        assertThat(plain.pieces()).containsExactly(new TaggedText.Text("Section ⟦1⟧ of the treaty"));
        assertThat(plain.plainText()).isEqualTo("Section ⟦1⟧ of the treaty");
        assertThat(plain.check("Раздел ⟦1⟧ договора")).isEmpty();
    }

    @Test
    void brackets_in_the_words_of_a_coded_paragraph_never_become_placeholders() {
        TaggedText.Builder b = new TaggedText.Builder();
        int bold = b.start(InlineCode.Type.BOLD, null);
        TaggedText text = b.text("⟦1⟧ literal").end(bold).build();

        assertThat(text.text()).isEqualTo("⟦1⟧〚1〛 literal⟦/1⟧");
    }

    @Test
    void a_translation_with_every_tag_once_in_order_has_no_problem() {
        assertThat(source().check("⟦1⟧АСЕАН⟦/1⟧: саммит, см. ⟦2⟧заявление⟦/2⟧.⟦3/⟧")).isEmpty();
    }

    @Test
    void missing_extra_duplicated_and_wrongly_formed_tags_are_errors() {
        assertThat(kinds("АСЕАН⟦/1⟧ саммит ⟦2⟧заявление⟦/2⟧.⟦3/⟧")).contains(TagProblem.Kind.BROKEN, TagProblem.Kind.MISSING);
        assertThat(kinds("⟦1⟧АСЕАН⟦/1⟧ ⟦2⟧заявление⟦/2⟧.")).containsExactly(TagProblem.Kind.MISSING);
        assertThat(kinds("⟦1⟧АСЕАН⟦/1⟧ ⟦2⟧заявление⟦/2⟧.⟦3/⟧⟦4/⟧")).containsExactly(TagProblem.Kind.EXTRA);
        assertThat(kinds("⟦1⟧АСЕАН⟦/1⟧ ⟦1⟧⟦2⟧заявление⟦/2⟧.⟦3/⟧")).contains(TagProblem.Kind.EXTRA);
        assertThat(kinds("⟦1/⟧АСЕАН ⟦2⟧заявление⟦/2⟧.⟦3/⟧")).contains(TagProblem.Kind.EXTRA, TagProblem.Kind.MISSING);
        assertThat(source().check("⟦1⟧АСЕАН⟦/1⟧ ⟦2⟧заявление⟦/2⟧.")).allSatisfy(p -> assertThat(p.isError()).isTrue())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("⟦3/⟧ (line break) is missing"));
    }

    @Test
    void crossing_pairs_are_broken() {
        assertThat(kinds("⟦1⟧АСЕАН ⟦2⟧заявление⟦/1⟧⟦/2⟧.⟦3/⟧")).containsExactly(TagProblem.Kind.BROKEN);
    }

    @Test
    void another_order_than_the_source_is_only_a_warning() {
        List<TagProblem> problems = source().check("См. ⟦2⟧заявление⟦/2⟧ о саммите ⟦1⟧АСЕАН⟦/1⟧.⟦3/⟧");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(TagProblem.Kind.ORDER);
            assertThat(p.isError()).isFalse();
        });
    }

    @Test
    void a_table_is_inferred_from_well_formed_placeholders_only() {
        TaggedText inferred = TaggedText.inferred("Leaders of ⟦1⟧ASEAN⟦/1⟧ met.⟦2/⟧Next");

        org.assertj.core.api.Assertions.assertThat(inferred.codes()).containsExactly(
                new InlineCode(1, InlineCode.Kind.PAIRED, InlineCode.Type.OTHER, null), new InlineCode(2, InlineCode.Kind.STANDALONE, InlineCode.Type.OTHER, null));
        org.assertj.core.api.Assertions.assertThat(TaggedText.withoutPlaceholders("Leaders of ⟦1⟧ASEAN⟦/1⟧ met.⟦2/⟧Next")).isEqualTo("Leaders of ASEAN met.Next");
        org.assertj.core.api.Assertions.assertThat(TaggedText.inferred("an end ⟦/1⟧ first ⟦1⟧").hasCodes()).isFalse();
        org.assertj.core.api.Assertions.assertThat(TaggedText.inferred("twice ⟦1/⟧ ⟦1/⟧").hasCodes()).isFalse();
        org.assertj.core.api.Assertions.assertThat(TaggedText.withoutPlaceholders("open ⟦1⟧ only")).isEqualTo("open ⟦1⟧ only");
    }
}
