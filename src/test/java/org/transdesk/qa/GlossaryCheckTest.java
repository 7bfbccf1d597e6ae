package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.check;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code glossary}: approved renderings (any Russian inflection) and do-not-translate terms. */
class GlossaryCheckTest {

    static final GlossaryEntry COMMUNITY = GlossaryEntry.of("ASEAN Community",
            Map.of("ru", "Сообщество АСЕАН", "vi", "Cộng đồng ASEAN"));
    static final GlossaryEntry ASEAN = GlossaryEntry.of("ASEAN", Map.of("ru", "АСЕАН"));
    static final GlossaryEntry MGIMO = GlossaryEntry.doNotTranslate("MGIMO");
    static final List<GlossaryEntry> GLOSSARY = List.of(COMMUNITY, ASEAN, MGIMO);

    static final String SRC = "Russia supports the bloc in building the ASEAN Community.";

    static List<QaFinding> glossary(String lang, String source, String target) {
        return check("glossary", lang, source, target, GLOSSARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Россия поддерживает блок в построении Сообщества АСЕАН.",
            "Россия поддерживает создание Сообщества АСЕАН.",
            "Россия поддерживает блок в работе над Сообществом АСЕАН.",
            "Сообщество АСЕАН строится при поддержке России."})
    void russianRenderingIsAcceptedInAnyCase(String target) {
        assertThat(glossary("ru", SRC, target)).isEmpty();
    }

    @Test
    void vietnameseRenderingMustAppearAsWritten() {
        assertThat(glossary("vi", SRC, "Nga ủng hộ khối xây dựng Cộng đồng ASEAN.")).isEmpty();
        assertThat(severities(glossary("vi", SRC, "Nga ủng hộ khối xây dựng cộng đồng các nước Đông Nam Á.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void anotherRenderingIsAnErrorNamingTheApprovedTerm() {
        List<QaFinding> f = glossary("ru", SRC, "Россия поддерживает построение Содружества стран Юго-Восточной Азии.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("ASEAN Community").contains("Сообщество АСЕАН");
        });
    }

    @Test
    void theLongestTermWinsWhereTermsOverlap() {
        // "ASEAN" inside "ASEAN Community" is not judged on its own
        assertThat(glossary("ru", SRC, "Россия поддерживает построение Сообщества АСЕАН.")).isEmpty();
        assertThat(severities(glossary("ru", "ASEAN met.", "Встретились страны Юго-Восточной Азии.")))
                .containsExactly(Severity.ERROR);
    }

    @Test
    void doNotTranslateTermsStayUnchanged() {
        String src = "The ASEAN Centre at MGIMO promotes exchanges.";
        assertThat(check("glossary", "vi", src, "Trung tâm ASEAN tại MGIMO thúc đẩy giao lưu.", List.of(MGIMO)))
                .isEmpty();
        assertThat(severities(check("glossary", "ru", src, "Центр АСЕАН при МГИМО развивает обмены.",
                List.of(MGIMO)))).containsExactly(Severity.ERROR);
        assertThat(severities(check("glossary", "ru", src, "Центр АСЕАН при Mgimo развивает обмены.",
                List.of(MGIMO)))).containsExactly(Severity.ERROR);
    }

    @Test
    void caseSensitiveTermsIgnoreOtherSpellings() {
        GlossaryEntry china = new GlossaryEntry("China", Map.of("ru", "Китай"), false, true);
        assertThat(check("glossary", "ru", "Pieces of china were found.", "Найдены куски фарфора.", List.of(china)))
                .isEmpty();
        assertThat(check("glossary", "ru", "Exports to China grew.", "Экспорт в Китай вырос.", List.of(china)))
                .isEmpty();
        assertThat(check("glossary", "ru", "China's exports grew.", "Экспорт Китая вырос.", List.of(china)))
                .isEmpty();
    }

    @Test
    void termsAreWholeWordsAndLanguagesWithoutARenderingAreSkipped() {
        GlossaryEntry russia = GlossaryEntry.of("Russia", Map.of("ru", "Россия"));
        assertThat(check("glossary", "ru", "Russian officials agreed.", "Российские чиновники согласились.",
                List.of(russia))).isEmpty();
        assertThat(check("glossary", "vi", "Russia agreed.", "Liên bang Nga đồng ý.", List.of(russia))).isEmpty();
    }
}
