package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranslationCheckTest {

    static final String SOURCE = "The two sides upgraded their relationship in November 2018.";

    @Test
    void russian_needs_mostly_cyrillic_letters_but_may_keep_latin_names() {
        assertThat(TranslationCheck.problem(SOURCE, "Стороны повысили уровень отношений с ASEAN в ноябре 2018 года.", "ru")).isEmpty();
        assertThat(TranslationCheck.problem(SOURCE, "The sides upgraded relations in 2018.", "ru")).contains("not in Russian (too few Cyrillic letters)");
    }

    @Test
    void vietnamese_needs_its_diacritics() {
        assertThat(TranslationCheck.problem(SOURCE, "Hai bên đã nâng cấp quan hệ vào tháng 11/2018.", "vi")).isEmpty();
        assertThat(TranslationCheck.problem(SOURCE, "Hai ben da nang cap quan he vao thang 11/2018.", "vi")).contains("not in Vietnamese (no Vietnamese diacritics)");
    }

    @Test
    void the_script_comes_from_the_target_language_profile() {
        assertThat(TranslationCheck.problem(SOURCE, "双方于2018年11月将关系升级。", "zh")).isEmpty();
        assertThat(TranslationCheck.problem(SOURCE, "The sides upgraded relations in 2018.", "zh-CN"))
                .contains("not in Simplified Chinese (too few Han letters)");
        assertThat(TranslationCheck.problem(SOURCE, "Сторони підвищили рівень відносин у листопаді 2018 року.", "uk")).isEmpty();
        assertThat(TranslationCheck.problem(SOURCE, "Стороны повысили уровень отношений в ноябре 2018 года.", "de"))
                .contains("in Cyrillic script, expected de");
        assertThat(TranslationCheck.problem(SOURCE, "Hai ben da nang cap quan he vao thang 11/2018.", "VI-vn"))
                .contains("not in Vietnamese (no Vietnamese diacritics)");
    }

    @Test
    void a_copy_of_the_source_an_empty_or_a_missing_paragraph_is_a_problem() {
        assertThat(TranslationCheck.problem(SOURCE, "  " + SOURCE + " ", "vi")).contains("the model copied the source instead of translating");
        assertThat(TranslationCheck.problem(SOURCE, " ", "ru")).contains("the model returned an empty paragraph");
        assertThat(TranslationCheck.problem(SOURCE, null, "ru")).contains("missing from the model's answer");
    }

    @Test
    void a_short_name_may_stay_as_it_is() {
        assertThat(TranslationCheck.problem("MGIMO", "MGIMO", "vi")).isEmpty();
    }

    @Test
    void an_answer_that_drops_or_breaks_a_formatting_tag_is_a_problem_naming_the_tag() {
        String source = "Leaders of ⟦1⟧ASEAN⟦/1⟧ met in Hanoi.⟦2/⟧Next line.";

        assertThat(TranslationCheck.problem(source, "Лидеры ⟦1⟧АСЕАН⟦/1⟧ встретились в Ханое.⟦2/⟧Следующая строка.", "ru")).isEmpty();
        assertThat(TranslationCheck.problem(source, "Лидеры **АСЕАН** встретились в Ханое.⟦2/⟧Следующая строка.", "ru")).get().asString()
                .contains("formatting tags broken").contains("⟦1⟧…⟦/1⟧ (formatting) is missing");
        assertThat(TranslationCheck.problem(source, "Лидеры ⟦/1⟧АСЕАН⟦1⟧ встретились в Ханое.⟦2/⟧Следующая строка.", "ru")).get().asString()
                .contains("closes before ⟦1⟧ opens");
    }
}
