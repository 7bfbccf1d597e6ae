package org.transdesk.export.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain UTF-8 text: headline, a blank line, then paragraphs separated by blank lines; inline codes dropped. */
public final class PlainTextWriter {

    private PlainTextWriter() {
    }

    public static byte[] write(ExportContent content) {
        StringBuilder text = new StringBuilder(content.headline().strip()).append("\n\n");
        List<String> body = content.body();
        boolean aligned = content.version().output().isTranslation();
        for (int i = 0; i < body.size(); i++) {
            // a translation's inline-code placeholders are formatting, not words: plain text has none
            String paragraph = aligned ? content.source(i + 1).plainText(body.get(i)) : body.get(i);
            text.append(paragraph.strip()).append("\n\n");
        }
        return (text.toString().stripTrailing() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
