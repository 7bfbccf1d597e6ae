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
import org.transdesk.article.ArticleImportException;

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

    public static List<String> lines(byte[] html) {
        Document doc;
        try {
            // charset from a BOM or <meta charset>, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            throw new ArticleImportException("The HTML file could not be read: " + e.getMessage());
        }
        String pageTitle = doc.title();
        Optional<String> date = date(doc);
        doc.select(NOT_TEXT).remove();
        Element root = Optional.ofNullable(doc.selectFirst("article"))
                .or(() -> Optional.ofNullable(doc.selectFirst("main, [role=main]")))
                .orElse(doc.body());
        Element h1 = root.selectFirst("h1");
        String title = h1 != null ? h1.text() : pageTitle;
        List<String> lines = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // an <li> or <blockquote> holding paragraphs is read through those paragraphs, so nothing comes twice
            if (block.is("li, blockquote") && !block.children().select(BLOCKS).isEmpty()) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        if (title == null || title.isBlank()) {
            if (lines.isEmpty()) {
                throw new ArticleImportException("The HTML page has no readable text (no <h1>, <title> or paragraphs).");
            }
            title = lines.removeFirst();
        }
        lines.addFirst(date.map(d -> "date " + d + " ").orElse("") + title.strip());
        return lines;
    }

    private static Optional<String> date(Document doc) {
        Element time = doc.selectFirst("time[datetime]");
        Element meta = doc.selectFirst("meta[property=article:published_time]");
        String value = time != null ? time.attr("datetime") : meta != null ? meta.attr("content") : "";
        return ISO_DATE.matcher(value).matches() ? Optional.of(value.substring(0, 10)) : Optional.empty();
    }
}
