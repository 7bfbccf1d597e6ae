package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void pathSeparatorsAndDotsNeverSurvive() {
        assertThat(Slugs.of(null, "../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.of(null, "..")).isEqualTo("article");
        assertThat(Slugs.of(null, "C:\\Windows\\System32")).isEqualTo("c-windows-system32");
    }

    @Test
    void windowsDeviceNamesGetASuffixWhateverTheirCase() {
        assertThat(Slugs.of(null, "CON")).isEqualTo("con-article");
        assertThat(Slugs.of(null, "nul")).isEqualTo("nul-article");
        assertThat(Slugs.of(null, "Com1")).isEqualTo("com1-article");
        assertThat(Slugs.of(null, "Console wars")).isEqualTo("console-wars");
        assertThat(Slugs.of(LocalDate.of(2021, 4, 15), "CON")).isEqualTo("2021-04-15-con");
    }

    @Test
    void vietnameseTitlesBecomeReadableAscii() {
        assertThat(Slugs.of(null, "Đà Nẵng đón khách")).isEqualTo("da-nang-don-khach");
    }
}
