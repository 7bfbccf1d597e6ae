package org.transdesk.export.internal;

import java.util.List;
import java.util.Map;
import org.transdesk.article.Article;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.review.ApprovedVersion;

/**
 * What every writer gets: the source article, the approved version, the language of its text and
 * the notes per paragraph position (exported by the bilingual formats): the editors' comments and
 * the QA findings a reviewer dismissed; position -1 holds notes on the whole output. An edition summary carries the
 * headline of its language's latest approved translation ({@code editionHeadline}), or null when there is none.
 */
public record ExportContent(Article article, ApprovedVersion version, String language, Map<Integer, List<Note>> notes,
                            Map<Integer, List<InlineCode>> codes, String editionHeadline) {

    /** One note on a paragraph: who wrote it, what, and what it is ({@link #COMMENT} or {@link #QA_DISMISSAL}). */
    public record Note(String author, String text, String category) {

        /** An editor's comment. */
        public static final String COMMENT = "comment";
        /** A QA finding a reviewer dismissed, with why; not read back as a comment when the file is imported. */
        public static final String QA_DISMISSAL = "qa-dismissal";
        /** How the text of a QA dismissal note starts (XLIFF 1.2 notes have no category to say it). */
        public static final String QA_DISMISSAL_PREFIX = "QA finding dismissed by ";

        /** A QA finding a reviewer dismissed: what, by whom, when and why, in one line. */
        public static Note qaDismissal(String reviewer, String when, String finding, String reason) {
            return new Note(reviewer, QA_DISMISSAL_PREFIX + reviewer + (when == null ? "" : " on " + when) + ": " + finding + ". Reason: " + reason,
                    QA_DISMISSAL);
        }

        public Note(String author, String text) {
            this(author, text, COMMENT);
        }

        public boolean isQaDismissal() {
            return QA_DISMISSAL.equals(category);
        }
    }

    public ExportContent {
        notes = Map.copyOf(notes);
        codes = Map.copyOf(codes);
    }

    public ExportContent(Article article, ApprovedVersion version, String language) {
        this(article, version, language, Map.of(), Map.of(), null);
    }

    public ExportContent(Article article, ApprovedVersion version, String language, Map<Integer, List<Note>> notes) {
        this(article, version, language, notes, Map.of(), null);
    }

    public ExportContent(Article article, ApprovedVersion version, String language, Map<Integer, List<Note>> notes,
                         Map<Integer, List<InlineCode>> codes) {
        this(article, version, language, notes, codes, null);
    }

    /**
     * The source segment at {@code position} (0 = headline) with its inline codes: the table every
     * text of that position (source and translation) is read with. Plain text when it has none.
     */
    public TaggedText source(int position) {
        List<String> sources = article.segments();
        return new TaggedText(position < sources.size() ? sources.get(position) : "", codes.getOrDefault(position, List.of()));
    }

    /**
     * Headline of the output: its first segment for a translation; for a summary in an edition's language the headline
     * of that language's approved translation (a Vietnamese summary under the source's English headline read as
     * unfinished); the source headline for the summary in the article's own language, or when no translation is approved.
     */
    public String headline() {
        if (version.output().isTranslation()) {
            return version.segments().getFirst();
        }
        return editionHeadline != null && !editionHeadline.isBlank() ? editionHeadline : article.title();
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
