package org.transdesk.export;

import org.transdesk.export.internal.MarkdownWriter;

/** Markdown escaping as the exporter does it, for other writers of Markdown (e.g. command-line drafts). */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** Escapes Markdown syntax so a paragraph starting with "#" or holding "*" stays plain text. */
    public static String escape(String text) {
        return MarkdownWriter.escape(text);
    }
}
