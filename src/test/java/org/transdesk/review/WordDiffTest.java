package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.review.DiffPart.Kind.ADDED;
import static org.transdesk.review.DiffPart.Kind.REMOVED;
import static org.transdesk.review.DiffPart.Kind.SAME;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void a_replaced_word_is_one_removal_and_one_addition() {
        assertThat(WordDiff.between("Встреча прошла в понедельник.", "Встреча состоялась в понедельник.")).containsExactly(
                new DiffPart(SAME, "Встреча "), new DiffPart(REMOVED, "прошла"), new DiffPart(ADDED, "состоялась"),
                new DiffPart(SAME, " в понедельник."));
    }

    @Test
    void words_with_vietnamese_tone_marks_stay_whole() {
        assertThat(WordDiff.between("Hai bên đánh giá cao", "Hai bên đánh giá rất cao")).containsExactly(
                new DiffPart(SAME, "Hai bên đánh giá "), new DiffPart(ADDED, "rất "), new DiffPart(SAME, "cao"));
    }

    @Test
    void an_inserted_comma_is_just_the_comma() {
        assertThat(WordDiff.between("In 2020 exports rose", "In 2020, exports rose")).containsExactly(
                new DiffPart(SAME, "In 2020"), new DiffPart(ADDED, ","), new DiffPart(SAME, " exports rose"));
    }

    @Test
    void identical_texts_have_no_change_and_empty_to_text_is_all_added() {
        assertThat(WordDiff.changed(WordDiff.between("Same text.", "Same text."))).isFalse();
        assertThat(WordDiff.between("", "New text")).containsExactly(new DiffPart(ADDED, "New text"));
        assertThat(WordDiff.between("Old", null)).containsExactly(new DiffPart(REMOVED, "Old"));
    }
}
