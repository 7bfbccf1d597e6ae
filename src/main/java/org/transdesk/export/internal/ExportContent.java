package org.transdesk.export.internal;

import java.util.List;
import java.util.Map;
import org.transdesk.article.Article;
import org.transdesk.review.ApprovedVersion;

/**
 * What every writer gets: the source article, the approved version, the language of its text and
 * the editors' comments per paragraph position (exported as notes by the bilingual formats).
 */
public record ExportContent(Article article, ApprovedVersion version, String language, Map<Integer, List<Note>> notes) {

    /** One comment on a paragraph: who wrote it and what. */
    public record Note(String author, String text) {
    }

    public ExportContent {
        notes = Map.copyOf(notes);
    }

    public ExportContent(Article article, ApprovedVersion version, String language) {
        this(article, version, language, Map.of());
    }

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

    public List<Note> notes(int position) {
        return notes.getOrDefault(position, List.of());
    }
}
