package org.transdesk.article.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
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

/**
 * Article lines from Markdown parsed by commonmark: each heading and paragraph (also inside lists
 * and quotes) becomes one line of plain text; emphasis and link markup go, raw HTML, images and
 * code blocks are dropped.
 */
public final class MarkdownArticleReader {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern DATED_FIRST_LINE = Pattern.compile("\\s*(date\\s+\\d{4}-\\d{2}-\\d{2}\\s+[^\\r\\n]+)\\R?");

    private MarkdownArticleReader() {
    }

    public static List<String> lines(String markdown) {
        List<String> lines = new ArrayList<>();
        // the newsroom's "date YYYY-MM-DD Title" first line is a line of its own, even without a blank line after it
        Matcher dated = DATED_FIRST_LINE.matcher(markdown);
        if (dated.lookingAt()) {
            lines.add(dated.group(1).strip());
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
                StringBuilder text = new StringBuilder();
                inline(block, text);
                String line = text.toString().replaceAll("\\s+", " ").strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        });
        return lines;
    }

    private static void inline(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> out.append(t.getLiteral());
                case Code c -> out.append(c.getLiteral());
                case SoftLineBreak b -> out.append(' ');
                case HardLineBreak b -> out.append(' ');
                case HtmlInline h -> { }
                case Image i -> { }
                default -> inline(n, out);
            }
        }
    }
}
