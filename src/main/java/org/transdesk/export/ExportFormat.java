package org.transdesk.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats an approved output can be exported in; TMX and XLIFF need a translation (aligned segments). */
public enum ExportFormat {
    MARKDOWN("md", "text/markdown; charset=utf-8", false),
    TEXT("txt", "text/plain; charset=utf-8", false),
    HTML("html", "text/html; charset=utf-8", false),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLIFF("xlf", "application/xliff+xml", true),
    TMX("tmx", "application/x-tmx+xml", true),
    JSON("json", "application/json", false);

    private final String extension;
    private final String mediaType;
    private final boolean translationOnly;

    ExportFormat(String extension, String mediaType, boolean translationOnly) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.translationOnly = translationOnly;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Bilingual formats pair each source paragraph with its translation, which a summary does not have. */
    public boolean translationOnly() {
        return translationOnly;
    }

    /** By extension or name, case-insensitive: "md", "markdown", "xlf", "xliff", "docx"... */
    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(key) || f.name().toLowerCase(Locale.ROOT).equals(key) || ("text".equals(key) && f == TEXT))
                .findFirst();
    }
}
