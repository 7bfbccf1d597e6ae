package org.transdesk.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.ClientAddress;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.SecurityEvent;

/**
 * Appends audit events inside the caller's transaction, so a rolled-back action leaves no entry. Each
 * entry has the time, the user and the client address of the request. Sign-ins, failed sign-ins,
 * sign-outs, ended sessions and account changes arrive as {@link SecurityEvent}s.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";
    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, Long articleId, String output, String detail) {
        insert(CurrentUser.name().orElse(SYSTEM), action, articleId, output, detail, ClientAddress.current().orElse(null));
    }

    /** A security fact: in the publisher's transaction when there is one (an account change), else in its own (a sign-in). */
    @EventListener
    @Transactional
    public void on(SecurityEvent event) {
        insert(event.actor() == null ? SYSTEM : event.actor(), event.action(), null, null, event.detail(), event.address());
    }

    private void insert(String actor, String action, Long articleId, String output, String detail, String address) {
        String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        String from = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        jdbc.sql("insert into audit_event (at, actor, action, article_id, output_key, detail, address) values (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor.length() > 64 ? actor.substring(0, 64) : actor, action, articleId, output, text, from)
                .update();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> recent(int limit) {
        return query("select * from audit_event order by id desc fetch first ? rows only", limit);
    }

    /** Events about one article, oldest first; anyone who can read the article may see its history. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEvent> forArticle(long articleId) {
        return query("select * from audit_event where article_id = ? order by id", articleId);
    }

    private List<AuditEvent> query(String sql, Object param) {
        return jdbc.sql(sql).param(param)
                .query((rs, i) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"),
                        rs.getObject("article_id") == null ? null : rs.getLong("article_id"),
                        rs.getString("output_key"), rs.getString("detail"), rs.getString("address")))
                .list();
    }
}
