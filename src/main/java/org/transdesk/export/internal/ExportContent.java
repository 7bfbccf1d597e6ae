package org.transdesk.export.internal;

import java.util.List;
import java.util.Map;
import org.transdesk.article.Article;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.review.ApprovedVersion;

/**
 * What every writer gets: the source article, the approved version, the language of its text and
 * the editors' comments per paragraph position (exported as notes by the bilingual formats).
 */
public record ExportContent(Article article, ApprovedVersion version, String language, Map<Integer, List<Note>> notes,
                            Map<Integer, List<InlineCode>> codes) {

    /** One comment on a paragraph: who wrote it and what. */
    public record Note(String author, String text) {
    }

    public ExportContent {
        notes = Map.copyOf(notes);
        codes = Map.copyOf(codes);
    }

    public ExportContent(Article article, ApprovedVersion version, String language) {
        this(article, version, language, Map.of(), Map.of());
    }

    public ExportContent(Article article, ApprovedVersion version, String language, Map<Integer, List<Note>> notes) {
        this(article, version, language, notes, Map.of());
    }

    /**
     * The source segment at {@code position} (0 = headline) with its inline codes: the table every
     * text of that position (source and translation) is read with. Plain text when it has none.
     */
    public TaggedText source(int position) {
        List<String> sources = article.segments();
        return new TaggedText(position < sources.size() ? sources.get(position) : "", codes.getOrDefault(position, List.of()));
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
