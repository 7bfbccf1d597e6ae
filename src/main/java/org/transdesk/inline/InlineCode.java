package org.transdesk.inline;

import java.util.Objects;

/**
 * One entry of a paragraph's code table: the number its placeholders use, whether it wraps text
 * ({@link Kind#PAIRED}: {@code ⟦1⟧…⟦/1⟧}) or stands alone ({@link Kind#STANDALONE}: {@code ⟦1/⟧}),
 * what it is, and its data: the address of a {@link Type#LINK}, the original markup of an
 * {@link Type#OTHER} code, null otherwise.
 */
public record InlineCode(int id, Kind kind, Type type, String data) {

    public enum Kind { PAIRED, STANDALONE }

    /** What the code does; exporters restore each as their format says (HTML {@code <b>}, Word bold run, XLIFF {@code <pc type="fmt">}). */
    public enum Type {
        BOLD, ITALIC, UNDERLINE, LINK, LINE_BREAK, OTHER;

        /** The XLIFF 2 {@code subType} / short name used in files: {@code xlf:b}, {@code xlf:i}, {@code xlf:u}, {@code xlf:lb}. */
        public String xliffSubType() {
            return switch (this) {
                case BOLD -> "xlf:b";
                case ITALIC -> "xlf:i";
                case UNDERLINE -> "xlf:u";
                case LINE_BREAK -> "xlf:lb";
                case LINK, OTHER -> null;
            };
        }
    }

    public InlineCode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (id < 1 || id > TaggedText.MAX_ID) {
            throw new IllegalArgumentException("code id must be 1.." + TaggedText.MAX_ID + ": " + id);
        }
    }

    public static InlineCode paired(int id, Type type) {
        return new InlineCode(id, Kind.PAIRED, type, null);
    }

    public static InlineCode link(int id, String href) {
        return new InlineCode(id, Kind.PAIRED, Type.LINK, href);
    }

    public static InlineCode standalone(int id, Type type) {
        return new InlineCode(id, Kind.STANDALONE, type, null);
    }

    /** How the placeholders of this code read: {@code ⟦1⟧} and {@code ⟦/1⟧}, or {@code ⟦1/⟧}. */
    public String open() {
        return kind == Kind.PAIRED ? TaggedText.OPEN + id + TaggedText.CLOSE : TaggedText.OPEN + id + "/" + TaggedText.CLOSE;
    }

    public String close() {
        return TaggedText.OPEN + "/" + id + TaggedText.CLOSE;
    }
}
