package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    static final long LIMIT = 1024;

    @Test
    void decodes_utf8_and_drops_a_byte_order_mark() {
        byte[] bytes = "\uFEFFTiêu đề\nНовость".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceDecoder.decode(bytes, LIMIT)).isEqualTo("Tiêu đề\nНовость");
    }

    @Test
    void refuses_empty_files() {
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[0], LIMIT)).hasMessageContaining("empty");
    }

    @Test
    void refuses_files_over_the_limit_and_names_both_sizes() {
        byte[] big = "a".repeat(2048).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> SourceDecoder.decode(big, LIMIT))
                .isInstanceOf(ArticleImportException.class)
                .hasMessageContaining("2.0 KB").hasMessageContaining("1.0 KB").hasMessageContaining("transdesk.import.max-bytes");
    }

    @Test
    void refuses_binary_content() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

        assertThatThrownBy(() -> SourceDecoder.decode(png, LIMIT)).hasMessageContaining("binary");
    }

    @Test
    void refuses_text_in_another_encoding_instead_of_guessing() {
        byte[] latin1 = "Café in Hà Nội".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SourceDecoder.decode(latin1, LIMIT))
                .isInstanceOf(ArticleImportException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void pasted_text_is_held_to_the_same_limit_in_bytes() {
        String cyrillic = "ж".repeat(600); // 1200 bytes in UTF-8

        assertThatThrownBy(() -> SourceDecoder.checkText(cyrillic, LIMIT)).hasMessageContaining("limit");
    }
}
