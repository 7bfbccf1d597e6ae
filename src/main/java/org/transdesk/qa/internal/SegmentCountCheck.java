package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/** {@code segment-count}: source and target have a different number of paragraphs (ERROR, output-level). */
public final class SegmentCountCheck implements TranslationCheck {

    public static final String ID = "segment-count";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(TranslationJob job, List<QaFinding> out) {
        int s = job.source().size();
        int t = job.target().size();
        if (s != t) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of(t < s ? "qa-finding.paragraphs.fewer" : "qa-finding.paragraphs.more", s, t), -1));
        }
    }
}
