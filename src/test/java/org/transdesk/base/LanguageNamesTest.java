package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;

/**
 * Issue #15: on a Vietnamese or a Russian screen every profiled language is named in the screen's language — as a label
 * (column heads, the toolbar, model settings) and inside a sentence (findings, refusals) — never in English and never a
 * copy of the English; a language the bundles do not name is named by CLDR in the screen's language.
 */
class LanguageNamesTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void every_profiled_language_is_named_in_vietnamese_and_russian_not_in_english() {
        for (LanguageProfile p : LanguageProfiles.known()) {
            String english = LanguageNames.label(p.code(), Locale.ENGLISH);
            for (Locale screen : new Locale[] {VI, RU}) {
                String label = LanguageNames.label(p.code(), screen);
                assertThat(label).as(p.code() + " on a " + screen + " screen").isNotEqualTo(english).isNotEqualTo(p.englishName())
                        .doesNotContainIgnoringCase(p.englishName()).matches("\\p{Lu}.*");
                String inSentence = Phrase.of("qa-finding.names.exonym", "x", Phrase.languageInSentence(p.code(), p.englishName())).in(screen);
                assertThat(inSentence).as(p.code() + " inside a sentence on a " + screen + " screen").doesNotContain(p.englishName());
            }
        }
    }

    @Test
    void the_desk_names_of_simplified_chinese() {
        assertThat(LanguageNames.label("zh", VI)).isEqualTo("Tiếng Trung (giản thể)");
        assertThat(LanguageNames.label("zh", RU)).isEqualTo("Китайский (упрощённое письмо)");
        assertThat(LanguageNames.label("zh", Locale.ENGLISH)).isEqualTo("Chinese (Simplified)");
    }

    @Test
    void a_language_the_bundles_do_not_name_is_named_by_cldr_in_the_screens_language() {
        assertThat(LanguageNames.label("de", VI)).isEqualTo("Tiếng Đức");
        assertThat(LanguageNames.label("de", RU)).isEqualTo("Немецкий");
        assertThat(LanguageNames.label("pt-br", RU)).startsWith("Португальский");
        assertThat(LanguageNames.inSentence("de", VI)).isEqualTo("tiếng Đức");
        assertThat(LanguageNames.inSentence("de", RU)).isEqualTo("немецкий");
        assertThat(LanguageNames.inSentence("de", Locale.ENGLISH)).isEqualTo("German");
    }

    @Test
    void a_phrase_names_a_language_in_its_own_language_and_keeps_the_english_name_in_english() {
        Phrase running = Phrase.of("refusal.generation.running", Phrase.language("zh", "Simplified Chinese"));
        assertThat(running.english()).isEqualTo("The Simplified Chinese draft is already being generated.");
        assertThat(running.in(VI)).contains("Tiếng Trung (giản thể)").doesNotContain("Chinese");
        assertThat(running.in(RU)).contains("Китайский (упрощённое письмо)").doesNotContain("Chinese");
        assertThat(Phrase.of("refusal.generation.running", Phrase.language("de", "German")).in(RU)).contains("Немецкий");
    }
}
