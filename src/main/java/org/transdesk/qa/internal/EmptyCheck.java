package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code empty}: a target paragraph is blank while its source has text (ERROR), or has text while its source is
 * blank (WARNING: probably shifted paragraphs).
 */
public final class EmptyCheck implements TranslationCheck {

    public static final String ID = "empty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(TranslationJob job, List<QaFinding> out) {
        for (int i = 0; i < job.pairs(); i++) {
            boolean srcBlank = Text.isBlank(job.source().get(i));
            boolean tgtBlank = Text.isBlank(job.target().get(i));
            if (tgtBlank && !srcBlank) {
                out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.empty.target", Text.q(job.source().get(i))), i));
            } else if (srcBlank && !tgtBlank) {
                out.add(QaFinding.of(ID, Severity.WARNING, Phrase.of("qa-finding.empty.source"), i));
            }
        }
    }
}
