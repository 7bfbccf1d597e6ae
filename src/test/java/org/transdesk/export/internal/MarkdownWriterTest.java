package org.transdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    @Test
    void markdown_syntax_in_the_text_stays_literal() {
        assertThat(MarkdownWriter.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownWriter.escape("a *b* [c](d) <script>")).isEqualTo("a \\*b\\* \\[c\\](d) \\<script\\>");
        assertThat(MarkdownWriter.escape("1. not a list")).isEqualTo("1\\. not a list");
    }

    @Test
    void ordinary_text_is_unchanged() {
        assertThat(MarkdownWriter.escape("Hà Nội (TTXVN) - Năm 2021, 19-м заседании.")).isEqualTo("Hà Nội (TTXVN) - Năm 2021, 19-м заседании.");
    }
}
