package org.transdesk.article.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.transdesk.article.ArticleImportException;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * The main text of a web page, as article lines (see {@code ArticleTextParser}): the {@code <article>}
 * (else {@code <main>}, else the body) without scripts, styles, navigation, headers, footers,
 * asides and forms; its h1 (else the page title) as headline; a {@code <time datetime>} as date.
 */
public final class HtmlArticleReader {

    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, figure";
    private static final String BLOCKS = "h2, h3, h4, h5, h6, p, li, blockquote, pre";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private HtmlArticleReader() {
    }

    /** The lines as text: placeholders for the formatting, without its table (see {@link #codedLines}). */
    public static List<String> lines(byte[] html) {
        return codedLines(html).stream().map(TaggedText::text).toList();
    }

    /**
     * The headline line (plain), then each block with its bold ({@code b}, {@code strong}), italic
     * ({@code i}, {@code em}), underline ({@code u}), links ({@code a href}, the address as written)
     * and line breaks ({@code br}) as inline codes. Other inline elements give their words only.
     */
    public static List<TaggedText> codedLines(byte[] html) {
        Document doc;
        try {
            // charset from a BOM or <meta charset>, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            throw ArticleImportException.of("refusal.import.html-unreadable", org.transdesk.base.LibraryProblem.detail(e));
        }
        String pageTitle = doc.title();
        Optional<String> date = date(doc);
        doc.select(NOT_TEXT).remove();
        Element root = Optional.ofNullable(doc.selectFirst("article"))
                .or(() -> Optional.ofNullable(doc.selectFirst("main, [role=main]")))
                .orElse(doc.body());
        Element h1 = root.selectFirst("h1");
        String title = h1 != null ? h1.text() : pageTitle;
        List<TaggedText> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // an <li> or <blockquote> holding paragraphs is read through those paragraphs, so nothing comes twice
            if (block.is("li, blockquote") && !block.children().select(BLOCKS).isEmpty()) {
                continue;
            }
            CodedLine line = new CodedLine();
            inline(block, line);
            if (!line.isBlank()) {
                lines.add(line.build());
            }
        }
        if (title == null || title.isBlank()) {
            if (lines.isEmpty()) {
                throw ArticleImportException.of("refusal.import.html-no-text");
            }
            title = lines.removeFirst().plainText();
        }
        lines.addFirst(TaggedText.plain(date.map(d -> "date " + d + " ").orElse("") + title.strip()));
        return lines;
    }

    private static void inline(Element parent, CodedLine line) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                line.text(text.getWholeText());
            } else if (node instanceof Element e) {
                InlineCode.Type type = switch (e.normalName()) {
                    case "b", "strong" -> InlineCode.Type.BOLD;
                    case "i", "em" -> InlineCode.Type.ITALIC;
                    case "u" -> InlineCode.Type.UNDERLINE;
                    case "a" -> CodedLine.safeLink(e.attr("href")) ? InlineCode.Type.LINK : null;
                    default -> null;
                };
                if ("br".equals(e.normalName())) {
                    line.lineBreak();
                } else if (type == null) {
                    inline(e, line);
                } else {
                    Object open = line.open(type, type == InlineCode.Type.LINK ? e.attr("href").strip() : null);
                    inline(e, line);
                    line.close(open);
                }
            }
        }
    }

    private static Optional<String> date(Document doc) {
        Element time = doc.selectFirst("time[datetime]");
        Element meta = doc.selectFirst("meta[property=article:published_time]");
        String value = time != null ? time.attr("datetime") : meta != null ? meta.attr("content") : "";
        return ISO_DATE.matcher(value).matches() ? Optional.of(value.substring(0, 10)) : Optional.empty();
    }
}
