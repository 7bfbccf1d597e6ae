package org.transdesk.export.internal;

import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.review.ApprovedVersion;

/** What every writer gets: the source article, the approved version and the language of its text. */
public record ExportContent(Article article, ApprovedVersion version, String language) {

    /** Headline of the output: its first segment for a translation, the source headline for a summary. */
    public String headline() {
        return version.output().isTranslation() ? version.segments().getFirst() : article.title();
    }

    /** Body paragraphs: the translated paragraphs, or the summary as one paragraph. */
    public List<String> body() {
        List<String> segments = version.segments();
        return version.output().isTranslation()
                ? segments.subList(1, segments.size())
                : List.of(String.join(" ", segments));
    }
}
