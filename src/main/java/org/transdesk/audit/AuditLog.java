package org.transdesk.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.security.CurrentUser;

/** Appends audit events inside the caller's transaction, so a rolled-back action leaves no entry. */
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
        String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.sql("insert into audit_event (at, actor, action, article_id, output_key, detail) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), CurrentUser.name().orElse(SYSTEM), action, articleId, output, text)
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
                        rs.getString("output_key"), rs.getString("detail")))
                .list();
    }
}
