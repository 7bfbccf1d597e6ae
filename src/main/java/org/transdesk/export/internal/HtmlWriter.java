package org.transdesk.export.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.transdesk.language.LanguageTags;

/**
 * A standalone HTML page with {@code lang} set to the output language and {@code dir} to its
 * writing direction (ltr, or rtl for Arabic, Hebrew, Persian, Urdu...); all text is escaped.
 */
public final class HtmlWriter {

    private HtmlWriter() {
    }

    public static byte[] write(ExportContent content) {
        String dir = LanguageTags.isRightToLeft(content.language()) ? "rtl" : "ltr";
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(content.language()))
                .append("\" dir=\"").append(dir).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(content.headline())).append("</title>\n")
                .append("<meta name=\"generator\" content=\"Transdesk, approved version ")
                .append(content.version().number()).append("\">\n</head>\n<body>\n<article>\n")
                .append("<h1>").append(escape(content.headline())).append("</h1>\n");
        List<String> body = content.body();
        boolean aligned = content.version().output().isTranslation();
        for (int i = 0; i < body.size(); i++) {
            // a translation's paragraph i + 1 is read with the codes of source paragraph i + 1 (0 is the headline)
            String paragraph = aligned ? InlineMarkup.html(content.source(i + 1), body.get(i)) : escape(body.get(i));
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        html.append("</article>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
