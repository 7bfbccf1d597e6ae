package org.transdesk.export.internal;

import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.review.ApprovedVersion;

/**
 * Markdown for an approved version: YAML front matter (language, source, version, approver) and
 * the text. Segment text is escaped so a paragraph starting with "#" or holding "*" stays text.
 */
public final class MarkdownWriter {

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

    /** Backslash-escapes Markdown syntax characters and block markers at the start of a line. */
    public static String escape(String text) {
        String escaped = text.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
        escaped = escaped.replaceAll("^(#{1,6}\\s|[-+>]\\s)", "\\\\$1");
        // an ordered-list marker is defused by escaping its dot or parenthesis: a digit cannot be escaped
        return escaped.replaceAll("^(\\d+)([.)])(\\s)", "$1\\\\$2$3");
    }
}
