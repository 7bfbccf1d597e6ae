package org.transdesk.export.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.transdesk.article.Article;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.review.ApprovedVersion;

/**
 * Markdown for an approved version: YAML front matter (language, source, version, approver) and
 * the text. Segment text is escaped so a paragraph starting with "#" or holding "*" stays text.
 */
public final class MarkdownWriter {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)([#=+-])");
    private static final Pattern ORDERED = Pattern.compile("(?m)^([ \\t]*\\d{1,9})([.)])");

    private MarkdownWriter() {
    }

    /** Without inline codes: every paragraph as plain text. */
    public static String write(Article article, ApprovedVersion version, String language) {
        return write(new ExportContent(article, version, language));
    }

    /**
     * A translation's paragraphs restore their source paragraph's inline codes as Markdown: bold
     * {@code **…**}, italic {@code *…*}, links {@code [words](address)}, line breaks as a backslash
     * at the end of the line; underline and other codes keep their words only.
     */
    public static String write(ExportContent content) {
        Article article = content.article();
        ApprovedVersion version = content.version();
        String language = content.language();
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("lang: ").append(language).append('\n')
                .append("source: ").append(article.slug()).append('\n')
                .append("source_language: ").append(article.sourceLanguage()).append('\n')
                .append("output: ").append(version.output().key()).append('\n')
                .append("version: ").append(version.number()).append('\n')
                .append("approved_by: ").append(version.approvedBy()).append('\n')
                .append("approved_at: ").append(version.approvedAt()).append('\n')
                .append("engine: ").append(version.provenance().engine()).append('\n')
                .append("sha256: ").append(version.contentHash()).append('\n');
        if (article.publishedOn() != null) {
            md.append("date: ").append(article.publishedOn()).append('\n');
        }
        md.append("---\n\n");
        List<String> segments = version.segments();
        if (version.output().isTranslation()) {
            md.append("# ").append(escape(segments.getFirst())).append("\n\n");
            for (int i = 1; i < segments.size(); i++) {
                md.append(markdown(content.source(i), segments.get(i))).append("\n\n");
            }
        } else {
            md.append("# ").append(escape(content.headline())).append("\n\n");
            md.append(escape(String.join(" ", segments))).append("\n");
        }
        return md.toString().stripTrailing() + "\n";
    }

    static String markdown(TaggedText source, String text) {
        StringBuilder out = new StringBuilder();
        for (TaggedText.Piece p : InlineMarkup.pieces(source, text)) {
            switch (p) {
                case TaggedText.Text t -> out.append(escape(t.text()));
                case TaggedText.Start s -> out.append(switch (s.code().type()) {
                    case BOLD -> "**";
                    case ITALIC -> "*";
                    case LINK -> s.code().data() == null ? "" : "[";
                    default -> "";
                });
                case TaggedText.End e -> out.append(switch (e.code().type()) {
                    case BOLD -> "**";
                    case ITALIC -> "*";
                    case LINK -> e.code().data() == null ? "" : "](" + destination(e.code().data()) + ")";
                    default -> "";
                });
                case TaggedText.Placeholder ph -> out.append(ph.code().type() == InlineCode.Type.LINE_BREAK ? "\\\n" : "");
            }
        }
        return out.toString();
    }

    /** A link destination CommonMark reads whole: white space, parentheses and angle brackets percent-encoded. */
    private static String destination(String url) {
        StringBuilder out = new StringBuilder();
        for (char c : url.toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append("%5C");
                default -> out.append(Character.isISOControl(c) ? "" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /**
     * Backslash-escapes what CommonMark (and GitHub's strikethrough) would read as markup, so the
     * text renders as written: {@code \ ` * _ [ ] < > | ~} anywhere, {@code &} where it would start
     * an entity ({@code &amp;}), and at the start of any line a heading, list, quote, setext or
     * thematic-break marker ({@code #}, {@code -}, {@code +}, {@code =}, {@code 1.}, {@code ---}).
     */
    public static String escape(String text) {
        String escaped = INLINE.matcher(text).replaceAll("\\\\$1");
        escaped = ENTITY.matcher(escaped).replaceAll("\\\\&");
        escaped = LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
        // an ordered-list marker is defused by escaping its dot or parenthesis: a digit cannot be escaped
        return ORDERED.matcher(escaped).replaceAll("$1\\\\$2");
    }
}
