package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.hasError;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks find real defects in zh, fr and es through their profiles (the calibration test shows they stay
 * quiet on correct human translations): before the profiles these languages got no number words, months, scale
 * words, units, script rule, dangling words or repeat policy.
 */
class NewLanguagesChecksTest {

    static final String SOURCE = "Russia and ASEAN agreed on 15 November to expand trade to $3.5 million by 2025.";

    @Test
    void chinese_numbers_months_scale_words_and_currencies_are_read() {
        assertThat(check("numbers", "zh", SOURCE, "俄罗斯和东盟11月15日同意到2025年将贸易扩大到350万美元。")).isEmpty();
        assertThat(check("numbers", "zh", SOURCE, "俄罗斯和东盟十一月15日同意到2025年将贸易扩大到350万美元。")).isEmpty();
        assertThat(hasError(check("numbers", "zh", SOURCE, "俄罗斯和东盟15日同意到2025年将贸易扩大到350万美元。")))
                .as("month missing").isTrue();
        assertThat(hasError(check("numbers", "zh", SOURCE, "俄罗斯和东盟11月15日同意到2025年将贸易扩大到350万。")))
                .as("dollars missing").isTrue();
        assertThat(check("numbers", "zh", "Two thousand five hundred people came.", "两千五百人来了。")).isEmpty();
    }

    @Test
    void french_and_spanish_numbers_and_months_are_read_in_their_local_forms() {
        assertThat(check("numbers", "fr", SOURCE,
                "La Russie et l'ASEAN ont convenu le 15 novembre de porter le commerce à 3,5 millions de dollars d'ici 2025."))
                .isEmpty();
        assertThat(hasError(check("numbers", "fr", SOURCE,
                "La Russie et l'ASEAN ont convenu le 15 décembre de porter le commerce à 3,5 millions de dollars d'ici 2025.")))
                .as("wrong month").isTrue();
        assertThat(check("numbers", "es", SOURCE,
                "Rusia y la ASEAN acordaron el 15 de noviembre ampliar el comercio a 3,5 millones de dólares para 2025."))
                .isEmpty();
        assertThat(hasError(check("numbers", "es", SOURCE,
                "Rusia y la ASEAN acordaron el 15 de noviembre ampliar el comercio a 3,5 millones para 2025.")))
                .as("dollars missing").isTrue();
    }

    @Test
    void a_paragraph_left_in_english_is_not_chinese() {
        List<QaFinding> f = check("script", "zh", SOURCE, "Russia and ASEAN agreed to expand trade, the ministers said today.");
        assertThat(severities(f)).contains(Severity.ERROR);
        assertThat(f.getFirst().message()).contains("not in Simplified Chinese");
    }

    @Test
    void a_cut_off_translation_ends_on_a_word_that_cannot_end_a_sentence() {
        assertThat(hasError(check("truncated", "es", SOURCE, "Rusia y la ASEAN acordaron ampliar el comercio de"))).isTrue();
        assertThat(hasError(check("truncated", "fr", SOURCE, "La Russie et l'ASEAN ont convenu de porter le commerce à"))).isTrue();
        assertThat(hasError(check("truncated", "zh", SOURCE, "俄罗斯和东盟同意扩大贸易，"))).isTrue();
    }

    @Test
    void repeated_words_follow_each_language() {
        assertThat(severities(check("repeated-word", "fr", "We met.", "Nous nous sommes réunis."))).containsExactly(Severity.WARNING);
        assertThat(severities(check("repeated-word", "fr", "The trade.", "Le commerce de de la Russie."))).containsExactly(Severity.ERROR);
        assertThat(severities(check("repeated-word", "es", "Very very good.", "Muy muy bueno."))).containsExactly(Severity.WARNING);
    }

    @Test
    void a_glossary_rendering_is_found_inside_chinese_text() {
        GlossaryEntry russia = new GlossaryEntry("Russia", Map.of("zh", "俄罗斯"), false, true);
        GlossaryEntry iphone = GlossaryEntry.doNotTranslate("iPhone");
        String source = "Russia bought the iPhone.";
        assertThat(check("glossary", "zh", source, "俄罗斯购买了iPhone手机。", List.of(russia, iphone))).isEmpty();
        assertThat(hasError(check("glossary", "zh", source, "俄国购买了iPhone手机。", List.of(russia, iphone)))).isTrue();
        assertThat(hasError(check("glossary", "zh", source, "俄罗斯购买了苹果手机。", List.of(russia, iphone)))).isTrue();
    }

    @Test
    void a_dropped_sentence_is_found_with_the_chinese_length_ratio() {
        String source = "The ministers met in Jakarta on Thursday to discuss the regional economy. They agreed to expand"
                + " trade in energy and agriculture over the next five years. The next meeting of the ministers will be"
                + " held in Moscow in the spring of 2022.";
        String full = "部长们星期四在雅加达举行会晤，讨论地区经济。他们同意在未来五年扩大能源和农业贸易。部长们的下一次会议将于2022年春季在莫斯科举行。";
        String dropped = "部长们星期四在雅加达举行会晤，讨论地区经济。部长们的下一次会议将于2022年春季在莫斯科举行。";
        assertThat(check("missing-sentence", "zh", source, full)).isEmpty();
        assertThat(severities(check("missing-sentence", "zh", source, dropped))).containsExactly(Severity.ERROR);
    }

    @Test
    void a_language_without_a_profile_gets_the_generic_checks_only() {
        assertThat(check("script", "de", SOURCE, "Russia and ASEAN agreed to expand trade, the ministers said today.")).isEmpty();
        assertThat(hasError(check("numbers", "de", SOURCE, "Russland und die ASEAN vereinbarten den Handel auszuweiten."))).isTrue();
    }
}
