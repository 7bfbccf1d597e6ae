package org.transdesk.article.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * Article lines from Markdown parsed by commonmark: each heading and paragraph (also inside lists
 * and quotes) becomes one line; emphasis, strong emphasis, links and hard line breaks become inline
 * codes ({@link TaggedText} placeholders), raw HTML, images and code blocks are dropped.
 */
public final class MarkdownArticleReader {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern DATED_FIRST_LINE = Pattern.compile("\\s*(date\\s+\\d{4}-\\d{2}-\\d{2}\\s+[^\\r\\n]+)\\R?");

    private MarkdownArticleReader() {
    }

    public static List<String> lines(String markdown) {
        return codedLines(markdown).stream().map(TaggedText::text).toList();
    }

    /** As {@link #lines}, with emphasis, strong emphasis, links and hard line breaks as inline codes. */
    public static List<TaggedText> codedLines(String markdown) {
        List<TaggedText> lines = new ArrayList<>();
        // the newsroom's "date YYYY-MM-DD Title" first line is a line of its own, even without a blank line after it
        Matcher dated = DATED_FIRST_LINE.matcher(markdown);
        if (dated.lookingAt()) {
            lines.add(TaggedText.plain(dated.group(1).strip()));
            markdown = markdown.substring(dated.end());
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                add(heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph);
            }

            @Override
            public void visit(HtmlBlock html) {
            }

            @Override
            public void visit(FencedCodeBlock code) {
            }

            @Override
            public void visit(IndentedCodeBlock code) {
            }

            private void add(Node block) {
                CodedLine line = new CodedLine();
                inline(block, line);
                if (!line.isBlank()) {
                    lines.add(line.build());
                }
            }
        });
        return lines;
    }

    private static void inline(Node parent, CodedLine out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> out.text(t.getLiteral());
                case Code c -> out.text(c.getLiteral());
                case SoftLineBreak b -> out.text(" ");
                case HardLineBreak b -> out.lineBreak();
                case HtmlInline h -> { }
                case Image i -> { }
                case Emphasis e -> coded(e, InlineCode.Type.ITALIC, null, out);
                case StrongEmphasis e -> coded(e, InlineCode.Type.BOLD, null, out);
                case Link l when CodedLine.safeLink(l.getDestination()) -> coded(l, InlineCode.Type.LINK, l.getDestination().strip(), out);
                default -> inline(n, out);
            }
        }
    }

    private static void coded(Node node, InlineCode.Type type, String data, CodedLine out) {
        Object open = out.open(type, data);
        inline(node, out);
        out.close(open);
    }
}
