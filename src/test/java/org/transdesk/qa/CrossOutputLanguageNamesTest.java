package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: a cross-output finding names both languages, and in Russian or Vietnamese both are named in that
 * language — Chinese too, which the bundles did not name (a Russian editor read "Simplified Chinese").
 */
class CrossOutputLanguageNamesTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void a_figure_vietnamese_and_chinese_disagree_on_reads_in_russian_with_both_names_in_russian() {
        List<QaFinding> found = new QaChecks().checkConsistency("vi", List.of("Sản lượng lúa tăng 5%."), "zh", List.of("大米产量增长了 7%。"));

        List<String> russian = found.stream().map(f -> f.phrase().in(RU)).toList();
        assertThat(russian).isNotEmpty().allSatisfy(line -> assertThat(line).contains("вьетнамский", "упрощённый китайский")
                .doesNotContain("Chinese").doesNotContain("Vietnamese"));
        assertThat(found.stream().map(f -> f.phrase().in(VI)).toList())
                .allSatisfy(line -> assertThat(line).contains("tiếng Việt", "tiếng Trung giản thể").doesNotContain("Chinese"));
        assertThat(found).extracting(QaFinding::message).contains("Vietnamese has “5”, Simplified Chinese does not: one of them is wrong.");
    }
}
