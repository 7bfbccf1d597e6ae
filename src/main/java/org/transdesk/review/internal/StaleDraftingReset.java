package org.transdesk.review.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A restart ends every generation in flight: outputs left "Drafting" go back to a state an editor can act on. */
@Component
class StaleDraftingReset {

    private static final Logger log = LoggerFactory.getLogger(StaleDraftingReset.class);
    private final JdbcClient jdbc;

    StaleDraftingReset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resetInterruptedGenerations() {
        int n = jdbc.sql("""
                update draft set state = case when exists (select 1 from draft_segment s where s.draft_id = draft.id)
                  then 'NEEDS_REVIEW' else 'NOT_STARTED' end
                where state = 'DRAFTING'""").update();
        if (n > 0) {
            log.info("Reset {} output(s) whose generation was interrupted by a restart", n);
        }
    }
}
