package org.transdesk.memory.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.transdesk.memory.LearningReport;
import org.transdesk.review.VersionApproved;

/**
 * Teaches the memory what a reviewer approved, after the approval commits, in a transaction of its own
 * ({@link ApplicationModuleListener}: asynchronous, transactional). The event publication registry keeps
 * the approval until this succeeds: a failure leaves the publication incomplete and it is republished at
 * the next start (or by {@code IncompleteEventPublications}). Learning is idempotent: pairs already in the
 * memory are refreshed, not added again, and the version's report is replaced, so a retry — or two nodes
 * republishing at once — teaches nothing twice.
 */
@Component
class ApprovalLearner {

    static final String LISTENER_ID = "memory.learn-from-approval";
    private static final Logger log = LoggerFactory.getLogger(ApprovalLearner.class);

    private final TranslationFilter filter;
    private final TmStore store;
    private final LearningReports reports;

    ApprovalLearner(TranslationFilter filter, TmStore store, LearningReports reports) {
        this.filter = filter;
        this.store = store;
        this.reports = reports;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void learn(VersionApproved approved) {
        if (!approved.output().isTranslation()) {
            return;
        }
        Instant now = Instant.now();
        ApprovalLesson lesson = ApprovalLesson.of(approved, filter);
        TmStore.Written written = store.write(lesson.units().stream().map(u -> UnitRecord.now(u, now, approved.approvedBy())).toList(),
                TmStore.Policy.REFRESH);
        LearningReport report = new LearningReport(approved.articleId(), approved.output().key(), approved.number(), approved.approvedBy(), now,
                lesson.paragraphs(), lesson.sentences(), written.added(), written.refreshed(), lesson.skipped());
        reports.save(report);
        log.info("Article {} {} v{}: {} ({} new units, {} refreshed)", approved.articleId(), approved.output().key(), approved.number(),
                report.summary(), written.added(), written.refreshed());
    }
}
