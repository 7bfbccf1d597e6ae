package org.transdesk.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.qa.QaTestSupport.severities;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cross-output}: the Vietnamese and Russian translations of one source agree with each other. */
class CrossOutputCheckTest {

    static List<QaFinding> consistency(List<String> vi, List<String> ru) {
        return QaTestSupport.QA.checkConsistency(vi, ru);
    }

    @Test
    void agreeingTranslationsPassWhateverTheNumberForm() {
        assertThat(consistency(
                List.of("Hai bên nâng cấp quan hệ vào tháng 11/2018, tại Trung tâm ASEAN của MGIMO.",
                        "Cháy được dập tắt lúc 11:35 tối, bốn người bị thương."),
                List.of("Стороны повысили уровень отношений в ноябре 2018 года в Центре АСЕАН при MGIMO.",
                        "Пожар потушили к 23:35, четверо пострадали."))).isEmpty();
    }

    @Test
    void aNumberOnlyOneSideHasIsAnError() {
        List<QaFinding> f = consistency(List.of("Hai bên nâng cấp quan hệ vào tháng 11/2018."),
                List.of("Стороны повысили уровень отношений в ноябре 2019 года."));
        assertThat(severities(f)).containsExactly(Severity.ERROR, Severity.ERROR);
        assertThat(f).extracting(QaFinding::message)
                .anySatisfy(m -> assertThat(m).startsWith("Vietnamese has “2018”"))
                .anySatisfy(m -> assertThat(m).startsWith("Russian has “2019”"));
    }

    @Test
    void aLatinNameKeptInRussianButMissingInVietnameseIsAWarning() {
        assertThat(severities(consistency(List.of("Ông ấy phát biểu trên đài phát thanh Thụy Điển."),
                List.of("Он выступил на радиостанции Sveriges Radio.")))).containsExactly(Severity.WARNING,
                Severity.WARNING);
        assertThat(consistency(List.of("Ông ấy phát biểu trên Đài Sveriges Radio."),
                List.of("Он выступил на радиостанции Sveriges Radio."))).isEmpty();
    }

    @Test
    void differentParagraphCountsAreAnOutputLevelError() {
        assertThat(consistency(List.of("Một.", "Hai."), List.of("Один.")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.segment()).isEqualTo(-1);
                });
    }
}
