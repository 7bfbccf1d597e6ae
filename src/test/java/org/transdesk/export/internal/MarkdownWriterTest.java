package org.transdesk.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Escaped text, rendered by a CommonMark parser, is one paragraph of exactly the text. */
class MarkdownWriterTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    private static String rendered(String markdown) {
        Node doc = PARSER.parse(markdown);
        return HTML.render(doc).strip();
    }

    private static String paragraph(String text) {
        return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "</p>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"---", "***", "___", "- - -", "===", "+ not a list", "- not a list", "# not a heading", "#hashtag at start",
            "> not a quote", "1. not a list", "2) not a list", "Tom &amp; Jerry", "&copy; 2021 &#169;", "~~not struck~~", "a *b* _c_ `d`",
            "[link](http://x) ![img](y)", "<script>alert(1)</script>", "a | b | c", "back\\slash", "ASEAN - Russia: 30 years & more",
            "Hà Nội (TTXVN) - Năm 2021, 19-м заседании."})
    void escaped_text_renders_as_exactly_that_text(String text) {
        assertThat(rendered(MarkdownWriter.escape(text))).isEqualTo(paragraph(text));
    }

    @Test
    void strikethrough_markers_are_escaped_for_renderers_with_the_github_extension() {
        assertThat(MarkdownWriter.escape("~~not struck~~")).isEqualTo("\\~\\~not struck\\~\\~");
    }

    @Test
    void ordinary_text_is_unchanged() {
        assertThat(MarkdownWriter.escape("Hà Nội (TTXVN) - Năm 2021, 19-м заседании.")).isEqualTo("Hà Nội (TTXVN) - Năm 2021, 19-м заседании.");
    }
}
