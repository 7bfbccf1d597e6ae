package org.transdesk.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.transdesk.analytics.AnalyticsSettings;
import org.transdesk.analytics.PostEditFigure;
import org.transdesk.review.PostEditSources;

/**
 * At start, measures approved versions that have no figures yet: those approved before analytics
 * existed, or whose measuring was lost. Idempotent, so two nodes starting together store each once.
 */
@Component
class FigureBackfill {

    private static final Logger log = LoggerFactory.getLogger(FigureBackfill.class);
    private static final int PAGE = 200;

    private final PostEditSources sources;
    private final FigureStore store;
    private final AnalyticsSettings settings;

    FigureBackfill(PostEditSources sources, FigureStore store, AnalyticsSettings settings) {
        this.sources = sources;
        this.store = store;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!settings.backfillOnStart()) {
            return;
        }
        int measured = backfill();
        if (measured > 0) {
            log.info("Post-edit analytics: measured {} approved versions that had no figures", measured);
        }
    }

    /** Measures every approved version without figures; answers how many it stored. */
    int backfill() {
        int measured = 0;
        long after = 0;
        for (var ids = sources.versionIdsAfter(after, PAGE); !ids.isEmpty(); ids = sources.versionIdsAfter(after, PAGE)) {
            for (long id : ids) {
                if (!store.has(id)) {
                    var source = sources.ofVersion(id);
                    if (source.isPresent() && store.saveIfAbsent(PostEditFigure.of(source.get()))) {
                        measured++;
                    }
                }
            }
            after = ids.getLast();
        }
        return measured;
    }
}
