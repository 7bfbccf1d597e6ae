package org.transdesk.review.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.OutputState;

/**
 * A restart ends every generation in flight: outputs left "Drafting" go back to a state an editor can
 * act on, each with an audit entry (by "system") like every other state change.
 */
@Component
class StaleDraftingReset {

    private static final Logger log = LoggerFactory.getLogger(StaleDraftingReset.class);
    private final JdbcClient jdbc;
    private final AuditLog audit;

    StaleDraftingReset(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Stale(long id, long articleId, String output, boolean hasText) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void resetInterruptedGenerations() {
        var stale = jdbc.sql("""
                select id, article_id, output_key, exists (select 1 from draft_segment s where s.draft_id = draft.id) as has_text
                from draft where state = 'DRAFTING'""")
                .query((rs, i) -> new Stale(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4))).list();
        for (Stale s : stale) {
            OutputState to = s.hasText() ? OutputState.NEEDS_REVIEW : OutputState.NOT_STARTED;
            jdbc.sql("update draft set state = ? where id = ? and state = 'DRAFTING'").params(to.name(), s.id()).update();
            audit.record("state.changed", s.articleId(), s.output(), OutputState.DRAFTING.label() + " → " + to.label() + " (generation interrupted by a restart)");
        }
        if (!stale.isEmpty()) {
            log.info("Reset {} output(s) whose generation was interrupted by a restart", stale.size());
        }
    }
}
