package org.transdesk.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats an approved output can be exported in; TMX and XLIFF need a translation
 * (aligned segments). XLIFF comes in three versions: 2.0 (the default, {@code vi.xlf}), 2.1
 * ({@code vi.xliff21.xlf}) and 1.2 ({@code vi.xliff12.xlf}, what most CAT tools exchange).
 */
public enum ExportFormat {
    MARKDOWN("md", "md", "text/markdown; charset=utf-8", false),
    TEXT("txt", "txt", "text/plain; charset=utf-8", false),
    HTML("html", "html", "text/html; charset=utf-8", false),
    DOCX("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    XLIFF("xlf", "xlf", "application/xliff+xml", true),
    XLIFF_2_1("xliff21", "xlf", "application/xliff+xml", true),
    XLIFF_1_2("xliff12", "xlf", "application/xliff+xml", true),
    TMX("tmx", "tmx", "application/x-tmx+xml", true),
    JSON("json", "json", "application/json", false);

    private final String key;
    private final String extension;
    private final String mediaType;
    private final boolean translationOnly;

    ExportFormat(String key, String extension, String mediaType, boolean translationOnly) {
        this.key = key;
        this.extension = extension;
        this.mediaType = mediaType;
        this.translationOnly = translationOnly;
    }

    /** Short unique name: the extension, or {@code xliff21} / {@code xliff12} for the other XLIFF versions. */
    public String key() {
        return key;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The exported file's name for an output: {@code vi.md}, {@code vi.xlf}, {@code vi.xliff12.xlf}. */
    public String fileName(String outputKey) {
        return outputKey + (key.equals(extension) ? "" : "." + key) + "." + extension;
    }

    /** The XLIFF version written ("2.0", "2.1", "1.2"), or null for the other formats. */
    public String xliffVersion() {
        return switch (this) {
            case XLIFF -> "2.0";
            case XLIFF_2_1 -> "2.1";
            case XLIFF_1_2 -> "1.2";
            default -> null;
        };
    }

    /** Bilingual formats pair each source paragraph with its translation, which a summary does not have. */
    public boolean translationOnly() {
        return translationOnly;
    }

    /** By key, extension or name, case-insensitive: "md", "markdown", "xlf", "xliff", "xliff21", "xliff-1.2", "docx"... */
    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(".", "").replace("_", "");
        return Arrays.stream(values())
                .filter(f -> f.key.equals(key) || f.name().toLowerCase(Locale.ROOT).replace("_", "").equals(key)
                        || ("text".equals(key) && f == TEXT) || ("xliff20".equals(key) && f == XLIFF))
                .findFirst();
    }
}
