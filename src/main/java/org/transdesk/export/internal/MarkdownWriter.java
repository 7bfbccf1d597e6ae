package org.transdesk.export.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.transdesk.article.Article;
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

    public static String write(Article article, ApprovedVersion version, String language) {
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
            segments.subList(1, segments.size()).forEach(p -> md.append(escape(p)).append("\n\n"));
        } else {
            md.append("# ").append(escape(article.title())).append("\n\n");
            md.append(escape(String.join(" ", segments))).append("\n");
        }
        return md.toString().stripTrailing() + "\n";
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
