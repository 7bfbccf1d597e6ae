package org.transdesk.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.transdesk.analytics.PostEditFigure;
import org.transdesk.review.PostEditSources;
import org.transdesk.review.VersionApproved;

/**
 * Measures each approval after it commits, in a transaction of its own ({@link ApplicationModuleListener});
 * the event publication registry keeps the approval until this succeeds, and storing is idempotent,
 * so a republished event measures nothing twice.
 */
@Component
class ApprovalMeasurer {

    static final String LISTENER_ID = "analytics.measure-approval";
    private static final Logger log = LoggerFactory.getLogger(ApprovalMeasurer.class);

    private final PostEditSources sources;
    private final FigureStore store;

    ApprovalMeasurer(PostEditSources sources, FigureStore store) {
        this.sources = sources;
        this.store = store;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void measure(VersionApproved approved) {
        sources.of(approved.articleId(), approved.output(), approved.number()).map(PostEditFigure::of).ifPresent(figure -> {
            if (store.saveIfAbsent(figure)) {
                log.info("Article {} {} v{}: {} of {} paragraphs edited, chrF {}, HTER {}", figure.articleId(), figure.output().key(),
                        figure.number(), figure.editedParagraphs(), figure.paragraphs(), Math.round(figure.chrf()),
                        String.format(java.util.Locale.ROOT, "%.3f", figure.hter()));
            }
        });
    }
}
