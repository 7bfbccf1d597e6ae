package org.transdesk.export.internal;

import java.nio.charset.StandardCharsets;

/** Plain UTF-8 text: headline, a blank line, then paragraphs separated by blank lines. */
public final class PlainTextWriter {

    private PlainTextWriter() {
    }

    public static byte[] write(ExportContent content) {
        StringBuilder text = new StringBuilder(content.headline().strip()).append("\n\n");
        content.body().forEach(p -> text.append(p.strip()).append("\n\n"));
        return (text.toString().stripTrailing() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
