package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.inline.TaggedText;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code tags}: the inline-code placeholders of a paragraph with formatting ({@code ⟦1⟧bold⟦/1⟧},
 * {@code ⟦2/⟧}) must all be in its translation, each once, pairs opened before they close and not
 * crossing; otherwise bold, links or line breaks are lost or garbled in the exported file.
 * <ul>
 *   <li>ERROR: a tag missing, extra (not in the source, twice, wrong form) or broken (closed
 *       before opened, crossing);</li>
 *   <li>WARNING: the tags in another order than in the source (languages reorder words, so the
 *       formatting may still be right).</li>
 * </ul>
 * Paragraphs without codes are never judged: placeholder-shaped text in them is plain text.
 */
public final class TagsCheck extends SegmentCheck {

    public static final String ID = "tags";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        TaggedText tagged = new TaggedText(source, job.codes(i));
        for (TaggedText.TagProblem p : tagged.check(target)) {
            Severity severity = p.isError() ? Severity.ERROR : Severity.WARNING;
            Phrase phrase = new Phrase(p.key(), p.args());
            out.add(p.start() >= 0 ? new QaFinding(ID, severity, phrase, i, p.start(), p.end()) : QaFinding.of(ID, severity, phrase, i));
        }
    }
}
