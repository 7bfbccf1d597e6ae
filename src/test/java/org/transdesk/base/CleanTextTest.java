package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void drops_nul_and_other_controls_but_keeps_tab_and_newline() {
        assertThat(CleanText.of("Hà\u0000 Nội\u0007\tthủ đô\n\u001Bx\u007F\u0085")).isEqualTo("Hà Nội\tthủ đô\nx");
    }

    @Test
    void turns_windows_and_old_mac_line_ends_into_newlines() {
        assertThat(CleanText.of("a\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void keeps_paired_surrogates_and_drops_lone_ones() {
        assertThat(CleanText.of("emoji 😀 ok")).isEqualTo("emoji 😀 ok");
        assertThat(CleanText.of("bad \uD83D here \uDE00")).isEqualTo("bad  here ");
    }

    @Test
    void clean_text_and_null_are_returned_unchanged() {
        String clean = "Москва, 15 апреля — ASEAN";
        assertThat(CleanText.of(clean)).isSameAs(clean);
        assertThat(CleanText.of(null)).isNull();
        assertThat(CleanText.isClean("x\u0000")).isFalse();
    }
}
