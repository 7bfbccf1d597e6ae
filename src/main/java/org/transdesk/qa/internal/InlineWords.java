package org.transdesk.qa.internal;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.TranslationUnderReview;

/**
 * What every check but {@code tags} reads of a paragraph with inline codes: its words, the
 * placeholders taken out (so {@code ⟦1⟧} is not a number, a dropped tag not a length change), and
 * the way back from a span in those words to the same words in the stored text.
 */
public final class InlineWords {

    private InlineWords() {
    }

    /** The translation with the placeholders of each coded paragraph removed, source and target; the same object when none has codes. */
    public static TranslationUnderReview of(TranslationUnderReview t) {
        if (t.codes().stream().allMatch(List::isEmpty)) {
            return t;
        }
        List<String> source = new ArrayList<>(t.source());
        List<String> target = new ArrayList<>(t.target());
        for (int i = 0; i < source.size(); i++) {
            List<InlineCode> codes = t.codes(i);
            if (!codes.isEmpty()) {
                TaggedText tagged = new TaggedText(source.get(i), codes);
                source.set(i, tagged.plainText());
                if (i < target.size()) {
                    target.set(i, tagged.plainText(target.get(i)));
                }
            }
        }
        return new TranslationUnderReview(t.sourceLang(), t.targetLang(), source, target);
    }

    /** A finding on the words of a coded paragraph, its span moved to the same words in the target as stored. */
    public static QaFinding back(QaFinding f, TranslationUnderReview t) {
        if (f.start() < 0 || f.segment() < 0 || f.segment() >= t.target().size() || t.codes(f.segment()).isEmpty()) {
            return f;
        }
        String target = t.target().get(f.segment());
        List<TaggedText.Piece> pieces = new TaggedText(t.source().get(f.segment()), t.codes(f.segment())).pieces(target);
        int start = offset(pieces, f.start(), true);
        int end = offset(pieces, f.end(), false);
        return f.withSpan(start, Math.max(start, end));
    }

    /** The stored-text offset of a words offset: a start after the tags at a boundary, an end before them. */
    private static int offset(List<TaggedText.Piece> pieces, int words, boolean start) {
        int plain = 0;
        int stored = 0;
        for (TaggedText.Piece p : pieces) {
            int length = switch (p) {
                case TaggedText.Text text -> text.text().length();
                case TaggedText.Start s -> s.code().open().length();
                case TaggedText.End e -> e.code().close().length();
                case TaggedText.Placeholder ph -> ph.code().open().length();
            };
            if (p instanceof TaggedText.Text) {
                if (start ? words < plain + length : words <= plain + length) {
                    return stored + (words - plain);
                }
                plain += length;
            }
            stored += length;
        }
        return stored;
    }
}
