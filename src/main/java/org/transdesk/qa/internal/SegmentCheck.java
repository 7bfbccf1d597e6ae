package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/** A check that looks at one aligned source/target pair at a time; empty pairs are left to {@link EmptyCheck}. */
public abstract class SegmentCheck implements TranslationCheck {

    @Override
    public final void check(TranslationJob job, List<QaFinding> out) {
        for (int i = 0; i < job.pairs(); i++) {
            String src = job.source().get(i);
            String tgt = job.target().get(i);
            if (Text.isBlank(src) || Text.isBlank(tgt)) {
                continue;
            }
            checkSegment(job, i, src, tgt, out);
        }
    }

    protected abstract void checkSegment(TranslationJob job, int segment, String source, String target,
                                         List<QaFinding> out);

    protected QaFinding finding(Severity severity, String message, int segment, int start, int end) {
        return new QaFinding(id(), severity, message, segment, start, end);
    }

    protected QaFinding finding(Severity severity, String message, int segment) {
        return QaFinding.of(id(), severity, message, segment);
    }

    /** A finding over {@code [start, end)} said by the message {@code key} with {@code args} (names, numbers, quoted text). */
    protected QaFinding finding(Severity severity, int segment, int start, int end, String key, Object... args) {
        return new QaFinding(id(), severity, Phrase.of(key, args), segment, start, end);
    }

    /** A finding without a span said by the message {@code key} with {@code args}. */
    protected QaFinding finding(Severity severity, int segment, String key, Object... args) {
        return QaFinding.of(id(), severity, Phrase.of(key, args), segment);
    }
}
