package org.transdesk.review;

import java.time.Instant;
import org.transdesk.qa.QaFinding;

/**
 * One line of an approved version's QA record: a finding as it stood at approval and, when a reviewer had
 * dismissed it, who did, when and why (all {@code null} for a finding that was not dismissed).
 */
public record RecordedFinding(QaFinding finding, String dismissedBy, Instant dismissedAt, String dismissalReason) {

    public boolean dismissed() {
        return dismissedBy != null;
    }
}
