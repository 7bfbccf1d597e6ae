package org.transdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTER-style word edits between the machine draft and the approved text. */
class WordEditsTest {

    @Test
    void an_untouched_draft_has_no_edits() {
        assertThat(WordEdits.distance("Hai bên nâng cấp quan hệ.", "Hai bên nâng cấp quan hệ.")).isZero();
    }

    @Test
    void a_replaced_word_is_one_edit_and_inserted_or_deleted_words_one_each() {
        assertThat(WordEdits.distance("the cat sat on the mat", "the dog sat on the mat")).isEqualTo(1);
        assertThat(WordEdits.distance("the cat sat on the mat", "the cat sat on the red mat")).isEqualTo(1);
        assertThat(WordEdits.distance("the big black cat sat", "the cat sat")).isEqualTo(2);
        assertThat(WordEdits.distance("a b c d", "a x y d")).isEqualTo(2);
    }

    @Test
    void the_sample_edit_counts_five_edits_in_sixteen_approved_words() {
        String machine = "Hai bên đã nâng cấp quan hệ lên đối tác chiến lược vào tháng 11/2018.";
        String approved = "Hai bên nâng cấp quan hệ lên Đối tác chiến lược vào tháng 11 năm 2018.";

        int edits = WordEdits.distance(machine, approved);

        // "đã" deleted (1), "đối" → "Đối" (1), "11/2018." → "11 năm 2018." (one word replaced by three: 3)
        assertThat(edits).isEqualTo(5);
        assertThat(WordEdits.words(approved)).hasSize(16);
        assertThat(WordEdits.rate(edits, 16)).isEqualTo(5 / 16.0);
    }

    @Test
    void text_written_from_nothing_is_all_edits() {
        assertThat(WordEdits.distance("", "Ba từ mới")).isEqualTo(3);
        assertThat(WordEdits.rate(3, 3)).isEqualTo(1.0);
        assertThat(WordEdits.rate(0, 0)).isZero();
    }
}
