package org.transdesk.review;

import java.util.List;
import org.transdesk.qa.QaFinding;

/** Approval refused: QA found errors and the reviewer gave no written reason to override them. */
public class QaBlockedException extends ReviewException {

    private final List<QaFinding> errors;

    public QaBlockedException(List<QaFinding> errors) {
        super(errors.size() + (errors.size() == 1 ? " QA error blocks" : " QA errors block")
                + " approval (first: " + errors.getFirst().message() + "). Fix them, or approve with a written reason for overriding.");
        this.errors = List.copyOf(errors);
    }

    public List<QaFinding> errors() {
        return errors;
    }
}
