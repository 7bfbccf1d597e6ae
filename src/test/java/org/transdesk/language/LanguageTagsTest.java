package org.transdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void a_tag_with_a_region_or_in_other_case_names_the_same_language() {
        assertThat(LanguageTags.matches("vi", "vi-VN")).isTrue();
        assertThat(LanguageTags.matches("vi", "VI")).isTrue();
        assertThat(LanguageTags.matches("ru", "ru_RU")).isTrue();
        assertThat(LanguageTags.matches("vi-VN", "vi")).isTrue();
    }

    @Test
    void different_languages_regions_or_scripts_do_not_match() {
        assertThat(LanguageTags.matches("vi", "ru")).isFalse();
        assertThat(LanguageTags.matches("pt-BR", "pt-PT")).isFalse();
        assertThat(LanguageTags.matches("sr-Latn", "sr-Cyrl")).isFalse();
        assertThat(LanguageTags.matches("vi", "")).isFalse();
        assertThat(LanguageTags.matches("vi", null)).isFalse();
    }

    @Test
    void canonical_form_and_primary_language() {
        assertThat(LanguageTags.canonical("VI_vn")).isEqualTo("vi-VN");
        assertThat(LanguageTags.language("RU-ru")).isEqualTo("ru");
        assertThat(LanguageTags.canonical(" ")).isEmpty();
    }

    @Test
    void right_to_left_by_script_or_language() {
        assertThat(LanguageTags.isRightToLeft("ar")).isTrue();
        assertThat(LanguageTags.isRightToLeft("he-IL")).isTrue();
        assertThat(LanguageTags.isRightToLeft("az-Arab")).isTrue();
        assertThat(LanguageTags.isRightToLeft("vi")).isFalse();
        assertThat(LanguageTags.isRightToLeft("ru")).isFalse();
        assertThat(LanguageTags.isRightToLeft("ku-Latn")).isFalse();
    }

    @Test
    void the_memory_keys_tags_in_canonical_case_and_matches_them_by_language() {
        assertThat(LanguageTags.normalized("PT-br")).isEqualTo("pt-BR");
        assertThat(LanguageTags.normalized("vi_VN")).isEqualTo("vi-VN");
        assertThat(LanguageTags.normalized("Not A Tag")).isEqualTo("not a tag");
        assertThat(LanguageTags.base("VIE")).isEqualTo("vi");
        assertThat(LanguageTags.base("en_GB")).isEqualTo("en");
        assertThat(LanguageTags.base("eng_Latn")).isEqualTo("en");
        assertThat(LanguageTags.base("zho_Hans")).isEqualTo("zh");
        assertThat(LanguageTags.sameLanguage("vi", "vi-VN")).isTrue();
        assertThat(LanguageTags.sameLanguage("vi", "ru")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LanguageTags.normalized(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
