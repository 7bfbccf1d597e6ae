package org.transdesk.memory;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.transdesk.article.Output;
import org.transdesk.memory.internal.LearningReports;

/**
 * What approvals taught the translation memory. Learning runs after an approval commits (an event from
 * {@code review}, kept in the event publication registry until it succeeds), so a report appears shortly
 * after the approval, and is retried at the next start when learning failed.
 */
@Service
public class MemoryLearning {

    private final LearningReports reports;

    MemoryLearning(LearningReports reports) {
        this.reports = reports;
    }

    /** The report of one approved version, once its learning has run. */
    @PreAuthorize("isAuthenticated()")
    public Optional<LearningReport> report(long articleId, Output output, int version) {
        return reports.find(articleId, output.key(), version);
    }

    /** The latest reports, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<LearningReport> recent(int limit) {
        return reports.recent(Math.max(1, Math.min(limit, 500)));
    }
}
