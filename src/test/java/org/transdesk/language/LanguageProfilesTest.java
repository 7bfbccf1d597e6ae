package org.transdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageProfilesTest {

    @Test
    void a_bcp47_tag_in_any_spelling_finds_the_same_profile() {
        LanguageProfile vi = LanguageProfiles.of("vi");
        assertThat(vi.isGeneric()).isFalse();
        for (String tag : List.of("vi-VN", "VI", "vi_VN", "vie", "Vi-vn")) {
            assertThat(LanguageProfiles.of(tag)).as(tag).isSameAs(vi);
        }
        assertThat(LanguageProfiles.of("eng_Latn")).isSameAs(LanguageProfiles.english());
        assertThat(LanguageProfiles.of("zho_Hans").code()).isEqualTo("zh");
        assertThat(LanguageProfiles.of("zh-CN").code()).isEqualTo("zh");
        assertThat(LanguageProfiles.known()).extracting(LanguageProfile::code)
                .containsExactly("en", "vi", "ru", "zh", "fr", "es");
    }

    @Test
    void a_language_without_a_profile_gets_a_generic_one_with_its_script() {
        LanguageProfile uk = LanguageProfiles.of("uk-UA");
        assertThat(uk.isGeneric()).isTrue();
        assertThat(uk.code()).isEqualTo("uk");
        assertThat(uk.mainScript()).isEqualTo(UnicodeScript.CYRILLIC);
        assertThat(uk.expectedScripts()).isEmpty();
        assertThat(uk.hasStemmer()).isFalse();
        assertThat(LanguageProfiles.of("uk")).isSameAs(uk);
        assertThat(LanguageProfiles.of("th").spaceSeparated()).isFalse();
        assertThat(LanguageProfiles.of("de").displayName(Locale.ENGLISH)).isEqualTo("German");
        assertThat(LanguageProfiles.of("").isGeneric()).isTrue();
        assertThat(LanguageProfiles.isKnown("fr-CA")).isTrue();
        assertThat(LanguageProfiles.isKnown("pt-BR")).isFalse();
    }

    @Test
    void traditional_chinese_is_not_read_as_simplified() {
        assertThat(LanguageProfiles.of("zh-Hant").isGeneric()).isTrue();
        assertThat(LanguageProfiles.of("zh-TW").isGeneric()).isTrue();
        assertThat(LanguageProfiles.of("zh-Hans-CN").isGeneric()).isFalse();
    }

    @Test
    void display_names_follow_the_ui_locale() {
        assertThat(LanguageProfiles.of("vi").displayName(Locale.ENGLISH)).isEqualTo("Vietnamese");
        assertThat(LanguageProfiles.of("vi").displayName(Locale.of("ru"))).isEqualTo("Вьетнамский");
        assertThat(LanguageProfiles.of("ru").displayName(Locale.of("vi"))).isEqualTo("Tiếng Nga");
        assertThat(LanguageProfiles.of("zh").displayName(Locale.ENGLISH)).isEqualTo("Chinese (Simplified)");
        assertThat(LanguageProfiles.of("zh").englishName()).isEqualTo("Simplified Chinese");
    }

    @Test
    void document_tags_have_a_region_for_word() {
        assertThat(LanguageProfiles.documentTag("vi")).isEqualTo("vi-VN");
        assertThat(LanguageProfiles.documentTag("RU")).isEqualTo("ru-RU");
        assertThat(LanguageProfiles.documentTag("en")).isEqualTo("en-GB");
        assertThat(LanguageProfiles.documentTag("zh")).isEqualTo("zh-CN");
        assertThat(LanguageProfiles.documentTag("fr")).isEqualTo("fr-FR");
        assertThat(LanguageProfiles.documentTag("es")).isEqualTo("es-ES");
        assertThat(LanguageProfiles.documentTag("en-US")).isEqualTo("en-US");
        assertThat(LanguageProfiles.documentTag("de")).isEqualTo("de");
    }

    @Test
    void chinese_words_are_segmented_by_dictionary_not_by_spaces() {
        List<Word> words = LanguageProfiles.of("zh").words("越南和俄罗斯签署了合作协议。");
        assertThat(words).extracting(Word::text).contains("越南", "俄罗斯", "合作", "协议");
        assertThat(words).extracting(Word::text).doesNotContain("。");
        assertThat(LanguageProfiles.of("vi").words("Hà Nội, ngày 15/4").stream().map(Word::text))
                .containsExactly("Hà", "Nội", "ngày", "15", "4");
    }

    @Test
    void stemmers_find_inflected_forms() {
        LanguageProfile ru = LanguageProfiles.of("ru");
        assertThat(ru.stem("России")).isEqualTo(ru.stem("Россией")).isEqualTo("росс");
        assertThat(LanguageProfiles.english().stem("partnerships")).isEqualTo("partnership");
        assertThat(LanguageProfiles.of("fr").stem("accords")).isEqualTo(LanguageProfiles.of("fr").stem("accord"));
        assertThat(LanguageProfiles.of("es").stem("acuerdos")).isEqualTo(LanguageProfiles.of("es").stem("acuerdo"));
        assertThat(LanguageProfiles.of("vi").hasStemmer()).isFalse();
        assertThat(LanguageProfiles.of("vi").stem("Nga")).isEqualTo("Nga");
    }

    @Test
    void numbers_are_written_the_local_way() {
        BigDecimal n = new BigDecimal("12345.5");
        assertThat(LanguageProfiles.of("ru").numbers().write(n)).isEqualTo("12\u00A0345,5");
        assertThat(LanguageProfiles.of("vi").numbers().write(n)).isEqualTo("12.345,5");
        assertThat(LanguageProfiles.of("vi").numbers().write(new BigDecimal("1000"))).isEqualTo("1.000");
        assertThat(LanguageProfiles.of("ru").numbers().write(new BigDecimal("1000"))).isEqualTo("1000");
        assertThat(LanguageProfiles.english().numbers().write(n)).isEqualTo("12,345.5");
        assertThat(LanguageProfiles.of("zh").numbers().words().apply("万").value()).isEqualByComparingTo("10000");
        assertThat(LanguageProfiles.of("ru").numbers().words().apply("двадцати").value()).isEqualByComparingTo("20");
    }

    @Test
    void every_known_profile_says_what_the_checks_and_prompts_need() {
        for (LanguageProfile p : LanguageProfiles.known()) {
            assertThat(p.isGeneric()).isFalse();
            assertThat(p.mainScript()).as(p.code()).isNotNull();
            assertThat(p.expectedScripts()).as(p.code()).contains(p.mainScript());
            assertThat(p.danglingWords()).as(p.code()).isNotEmpty();
            if (p != LanguageProfiles.english()) {
                assertThat(p.lengthAgainstEnglish()).as(p.code()).isNotNull();
                assertThat(p.translationStyle()).as(p.code()).isNotBlank();
                assertThat(p.summaryStyle()).as(p.code()).isNotBlank();
                assertThat(p.unitWords()).as(p.code()).containsKeys("dollars", "percent", "euros");
            }
        }
    }
}
