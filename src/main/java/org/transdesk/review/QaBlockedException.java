package org.transdesk.review;

import java.util.List;
import org.transdesk.qa.QaFinding;

/** Approval refused: QA found errors and the reviewer gave no written reason to override them. */
public class QaBlockedException extends ReviewException {

    private final List<QaFinding> errors;

    public QaBlockedException(List<QaFinding> errors) {
        super(phrase(errors));
        this.errors = List.copyOf(errors);
    }

    /** "2 QA errors block approval (first: …)", the first finding said in the same language as the sentence. */
    private static org.transdesk.base.Phrase phrase(List<QaFinding> errors) {
        QaFinding first = errors.getFirst();
        String said = first.phrase() == null ? first.message() : first.phrase().nested();
        return errors.size() == 1 ? org.transdesk.base.Phrase.of("refusal.approve.qa-blocked-one", said)
                : org.transdesk.base.Phrase.of("refusal.approve.qa-blocked", errors.size(), said);
    }

    public List<QaFinding> errors() {
        return errors;
    }
}
