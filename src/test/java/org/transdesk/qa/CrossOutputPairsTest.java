package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-output check on any two profiled translations, beyond vi↔ru: what disagrees, and what only looks different. */
class CrossOutputPairsTest {

    final QaChecks qa = new QaChecks();

    @Test
    void chinese_and_french_disagreeing_on_a_figure_is_an_error_naming_both() {
        List<QaFinding> found = qa.checkConsistency("zh", List.of("大米产量增长了 5%。"), "fr", List.of("La production de riz a augmenté de 7 %."));

        assertThat(found).extracting(QaFinding::message).contains("Simplified Chinese has “5”, French does not: one of them is wrong.",
                "French has “7”, Simplified Chinese does not: one of them is wrong.");
    }

    @Test
    void a_century_in_roman_numerals_a_decade_by_its_century_and_the_other_clock_agree() {
        assertThat(qa.checkConsistency("zh", List.of("英国早在 16 世纪就修建了货车道。"), "fr",
                List.of("Les « wagonways » étaient construits en Angleterre dès le XVIème siècle."))).isEmpty();
        assertThat(qa.checkConsistency("zh", List.of("20 世纪 60 年代，他担任顾问。"), "es", List.of("En la década de 1960 fue asesor."))).isEmpty();
        assertThat(qa.checkConsistency("zh", List.of("消防员在晚上 11 点 35 分扑灭了大火。"), "fr", List.of("Les pompiers ont éteint le feu à 23 h 35."))).isEmpty();
    }

    @Test
    void a_latin_name_kept_in_chinese_is_looked_for_in_a_latin_script_translation_only() {
        assertThat(qa.checkConsistency("zh", List.of("他制作了一个 WiFi 门铃。"), "vi", List.of("Ông ấy làm một chiếc chuông cửa không dây.")))
                .extracting(QaFinding::severity).containsExactly(Severity.WARNING);
        assertThat(qa.checkConsistency("zh", List.of("他制作了一个 WiFi 门铃。"), "ru", List.of("Он сделал дверной звонок.")))
                .as("Russian writes names in its own script too").isEmpty();
    }

    @Test
    void a_language_without_a_profile_is_not_compared() {
        assertThat(QaChecks.crossCheckable("vi", "zh")).isTrue();
        assertThat(QaChecks.crossCheckable("vi", "tl")).isFalse();
        assertThat(qa.checkConsistency("vi", List.of("Tăng 5%."), "tl", List.of("Tumaas ng 7%."))).isEmpty();
    }
}
