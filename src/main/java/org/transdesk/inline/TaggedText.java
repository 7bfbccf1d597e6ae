package org.transdesk.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph's text with numbered code placeholders ({@code ⟦1⟧bold⟦/1⟧}, {@code ⟦2/⟧}) and the
 * code table that says what each number stands for. Parsing reads only placeholders whose number is
 * in the table and whose form fits the code's kind; with an empty table the text is plain text,
 * exactly as written. {@link #check} compares a translation's placeholders with these codes.
 */
public record TaggedText(String text, List<InlineCode> codes) {

    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";
    /** Marks an argument that is itself a word of the bundles (see {@link TagProblem#args}). */
    private static final String WORD = "@@";
    public static final int MAX_ID = 999;
    /** Any placeholder-shaped token: {@code ⟦1⟧}, {@code ⟦/1⟧}, {@code ⟦1/⟧}. */
    private static final Pattern TOKEN = Pattern.compile("⟦(/?)(\\d{1,3})(/?)⟧");

    public TaggedText {
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
        Map<Integer, InlineCode> seen = new HashMap<>();
        for (InlineCode code : codes) {
            if (seen.put(code.id(), code) != null) {
                throw new IllegalArgumentException("code " + code.id() + " appears twice in the table");
            }
        }
    }

    public static TaggedText plain(String text) {
        return new TaggedText(text, List.of());
    }

    /**
     * Text whose code table is not stored with it (a memory unit, a TMX segment): the table its own
     * well-formed placeholders imply, each code of type {@link InlineCode.Type#OTHER}: {@code ⟦n⟧}
     * with {@code ⟦/n⟧} is paired, {@code ⟦n/⟧} standalone. When the placeholders are not
     * well-formed (an end without its start, a number twice), the text is read as plain text.
     */
    public static TaggedText inferred(String text) {
        Map<Integer, InlineCode.Kind> kinds = new java.util.LinkedHashMap<>();
        Matcher m = TOKEN.matcher(text);
        boolean bad = false;
        while (m.find()) {
            int id = Integer.parseInt(m.group(2));
            boolean closing = !m.group(1).isEmpty();
            boolean alone = !m.group(3).isEmpty();
            if (id < 1 || closing && alone) {
                bad = true;
            } else if (alone) {
                bad |= kinds.put(id, InlineCode.Kind.STANDALONE) != null;
            } else if (!closing) {
                bad |= kinds.put(id, InlineCode.Kind.PAIRED) != null;
            } else {
                bad |= kinds.get(id) != InlineCode.Kind.PAIRED;
            }
        }
        if (bad || kinds.isEmpty()) {
            return plain(text);
        }
        List<InlineCode> codes = new ArrayList<>();
        kinds.forEach((id, kind) -> codes.add(new InlineCode(id, kind, InlineCode.Type.OTHER, null)));
        TaggedText tagged = new TaggedText(text, codes);
        return tagged.check(text).stream().anyMatch(TagProblem::isError) ? plain(text) : tagged;
    }

    /** The words of a text with its well-formed placeholders removed ({@link #inferred}); other text as it is. */
    public static String withoutPlaceholders(String text) {
        return inferred(text).plainText();
    }

    public boolean hasCodes() {
        return !codes.isEmpty();
    }

    public Optional<InlineCode> code(int id) {
        return codes.stream().filter(c -> c.id() == id).findFirst();
    }

    /** A piece of tagged text, in order: words, or where a code starts, ends or stands. */
    public sealed interface Piece permits Text, Start, End, Placeholder {
    }

    public record Text(String text) implements Piece {
    }

    public record Start(InlineCode code) implements Piece {
    }

    public record End(InlineCode code) implements Piece {
    }

    public record Placeholder(InlineCode code) implements Piece {
    }

    /** The text as pieces; placeholders that are not codes of this table stay words. */
    public List<Piece> pieces() {
        return pieces(text);
    }

    /** Another text (a translation) read with this paragraph's code table. */
    public List<Piece> pieces(String other) {
        List<Piece> pieces = new ArrayList<>();
        if (!hasCodes()) {
            pieces.add(new Text(other));
            return pieces;
        }
        Matcher m = TOKEN.matcher(other);
        int at = 0;
        while (m.find()) {
            Optional<Piece> piece = piece(m);
            if (piece.isEmpty()) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(new Text(other.substring(at, m.start())));
            }
            pieces.add(piece.get());
            at = m.end();
        }
        if (at < other.length()) {
            pieces.add(new Text(other.substring(at)));
        }
        return pieces;
    }

    private Optional<Piece> piece(Matcher m) {
        boolean closing = !m.group(1).isEmpty();
        boolean alone = !m.group(3).isEmpty();
        if (closing && alone) {
            return Optional.empty();
        }
        return code(Integer.parseInt(m.group(2))).flatMap(code -> {
            if (code.kind() == InlineCode.Kind.STANDALONE) {
                return alone ? Optional.of(new Placeholder(code)) : Optional.empty();
            }
            if (alone) {
                return Optional.empty();
            }
            return Optional.of(closing ? new End(code) : new Start(code));
        });
    }

    /** The words only: every code placeholder removed (what a reader sees without formatting). */
    public String plainText() {
        return plainText(text);
    }

    public String plainText(String other) {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces(other)) {
            if (p instanceof Text t) {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    /**
     * A problem with the placeholders of a translation, at a span of the translation (-1 when missing).
     *
     * @param message the English line (logs, XLIFF import refusals, the model's answer check)
     * @param key     the same line as a message key of the bundles ({@code qa-finding.tags.*}), so a screen says it in
     *                the editor's language
     * @param args    its arguments: tags as written, a link's address, or a word of the bundles written {@code "@@" + key}
     *                (the convention of {@code base.Phrase}; this package depends on no other)
     */
    public record TagProblem(Kind kind, int codeId, int start, int end, String message, String key, List<String> args) {

        public TagProblem {
            args = List.copyOf(args);
        }

        public enum Kind {
            /** A code of the source is not in the translation. */
            MISSING,
            /** A placeholder the source does not have, or one written twice or in the wrong form. */
            EXTRA,
            /** A paired code closed before it opens, or two pairs crossing. */
            BROKEN,
            /** The codes come in another order than in the source: often right (languages reorder), worth a look. */
            ORDER
        }

        public boolean isError() {
            return kind != Kind.ORDER;
        }
    }

    /**
     * The problems of a translation's placeholders against this (source) paragraph's codes: every
     * code exactly once (both ends of a pair), pairs opened before they close and not crossing, and
     * whether the order differs from the source. A paragraph without codes has no problems.
     */
    public List<TagProblem> check(String translation) {
        List<TagProblem> problems = new ArrayList<>();
        if (!hasCodes()) {
            return problems;
        }
        Map<Integer, Integer> opens = new HashMap<>();
        Map<Integer, Integer> closes = new HashMap<>();
        List<Integer> stack = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        Matcher m = TOKEN.matcher(translation);
        while (m.find()) {
            String token = m.group();
            Optional<Piece> piece = piece(m);
            int id = Integer.parseInt(m.group(2));
            if (piece.isEmpty()) {
                problems.add(problem(TagProblem.Kind.EXTRA, id, m, "Tag " + token + " is not in the source: remove it.",
                        "qa-finding.tags.not-in-source", token));
                continue;
            }
            switch (piece.get()) {
                case Start s -> {
                    if (opens.putIfAbsent(id, m.start()) != null) {
                        problems.add(problem(TagProblem.Kind.EXTRA, id, m, "Tag " + token + " appears twice: keep one.", "qa-finding.tags.twice", token));
                    } else {
                        stack.add(id);
                        order.add(id);
                    }
                }
                case End e -> {
                    if (closes.putIfAbsent(id, m.start()) != null) {
                        problems.add(problem(TagProblem.Kind.EXTRA, id, m, "Tag " + token + " appears twice: keep one.", "qa-finding.tags.twice", token));
                    } else if (!opens.containsKey(id)) {
                        problems.add(problem(TagProblem.Kind.BROKEN, id, m, "Tag " + token + " closes before " + e.code().open() + " opens.",
                                "qa-finding.tags.closes-before-open", token, e.code().open()));
                    } else if (!stack.isEmpty() && stack.getLast() != id) {
                        String outer = code(stack.getLast()).orElseThrow().open();
                        problems.add(problem(TagProblem.Kind.BROKEN, id, m, "Tags cross: " + token + " closes inside " + outer
                                + "; close the inner tag first.", "qa-finding.tags.cross", token, outer));
                        stack.remove(Integer.valueOf(id));
                    } else {
                        stack.remove(Integer.valueOf(id));
                    }
                }
                case Placeholder p -> {
                    if (opens.putIfAbsent(id, m.start()) != null) {
                        problems.add(problem(TagProblem.Kind.EXTRA, id, m, "Tag " + token + " appears twice: keep one.", "qa-finding.tags.twice", token));
                    } else {
                        order.add(id);
                    }
                }
                case Text t -> { }
            }
        }
        for (InlineCode code : codes) {
            boolean open = opens.containsKey(code.id());
            boolean close = closes.containsKey(code.id());
            if (!open || (code.kind() == InlineCode.Kind.PAIRED && !close)) {
                String what = code.kind() == InlineCode.Kind.PAIRED
                        ? (open ? code.close() : close ? code.open() : code.open() + "…" + code.close()) : code.open();
                problems.add(code.type() == InlineCode.Type.LINK && code.data() != null
                        ? new TagProblem(TagProblem.Kind.MISSING, code.id(), -1, -1, "Tag " + what + " (" + describe(code)
                                + ") is missing: copy it from the source.", "qa-finding.tags.missing-link", List.of(what, code.data()))
                        : new TagProblem(TagProblem.Kind.MISSING, code.id(), -1, -1, "Tag " + what + " (" + describe(code)
                                + ") is missing: copy it from the source.", "qa-finding.tags.missing", List.of(what, WORD + describeKey(code))));
            }
        }
        List<Integer> sourceOrder = new ArrayList<>();
        for (Piece p : pieces()) {
            if (p instanceof Start s) {
                sourceOrder.add(s.code().id());
            } else if (p instanceof Placeholder ph) {
                sourceOrder.add(ph.code().id());
            }
        }
        if (problems.isEmpty() && !order.equals(sourceOrder)) {
            problems.add(new TagProblem(TagProblem.Kind.ORDER, order.getFirst(), -1, -1,
                    "The tags are in another order than in the source: check the formatting still covers the right words.",
                    "qa-finding.tags.order", List.of()));
        }
        return problems;
    }

    private static TagProblem problem(TagProblem.Kind kind, int id, Matcher m, String message, String key, String... args) {
        return new TagProblem(kind, id, m.start(), m.end(), message, key, List.of(args));
    }

    /**
     * What each tag of this paragraph stands for, for an editor: {@code ⟦1⟧…⟦/1⟧ bold; ⟦2/⟧ line break};
     * empty for plain text.
     */
    public String legend() {
        List<String> parts = new ArrayList<>();
        for (InlineCode code : codes) {
            parts.add((code.kind() == InlineCode.Kind.PAIRED ? code.open() + "…" + code.close() : code.open()) + " " + describe(code));
        }
        return String.join("; ", parts);
    }

    /** A few words for an editor: "bold", "link to https://…". */
    public static String describe(InlineCode code) {
        return switch (code.type()) {
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case UNDERLINE -> "underline";
            case LINK -> code.data() == null ? "link" : "link to " + code.data();
            case LINE_BREAK -> "line break";
            case OTHER -> "formatting";
        };
    }

    /** The bundle word for {@link #describe}'s words, without a link's address ("bold", "жирный", "in đậm"). */
    static String describeKey(InlineCode code) {
        return switch (code.type()) {
            case BOLD -> "qa-finding.tags.kind.bold";
            case ITALIC -> "qa-finding.tags.kind.italic";
            case UNDERLINE -> "qa-finding.tags.kind.underline";
            case LINK -> "qa-finding.tags.kind.link";
            case LINE_BREAK -> "qa-finding.tags.kind.line-break";
            case OTHER -> "qa-finding.tags.kind.formatting";
        };
    }

    /**
     * Builds tagged text in reading order, numbering codes from 1: readers of HTML, Word and XLIFF
     * files use it. The bracket characters ⟦ ⟧ in the words themselves become 〚 〛 so that they
     * can never be read as placeholders.
     */
    public static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private final List<InlineCode> codes = new ArrayList<>();

        public Builder text(String words) {
            text.append(words.replace('⟦', '〚').replace('⟧', '〛'));
            return this;
        }

        /** Opens a paired code and returns its number, for {@link #end}. */
        public int start(InlineCode.Type type, String data) {
            InlineCode code = new InlineCode(codes.size() + 1, InlineCode.Kind.PAIRED, type, data);
            codes.add(code);
            text.append(code.open());
            return code.id();
        }

        public Builder end(int id) {
            text.append(codes.get(id - 1).close());
            return this;
        }

        public Builder standalone(InlineCode.Type type, String data) {
            InlineCode code = new InlineCode(codes.size() + 1, InlineCode.Kind.STANDALONE, type, data);
            codes.add(code);
            text.append(code.open());
            return this;
        }

        public TaggedText build() {
            return new TaggedText(text.toString(), codes);
        }
    }
}
