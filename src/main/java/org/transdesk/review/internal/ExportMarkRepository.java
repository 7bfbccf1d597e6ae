package org.transdesk.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.review.ExportMark;

/** version_export: one row per approved version and format, written once. */
@Repository
public class ExportMarkRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ExportMarkRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Returns false when the version was already marked for that format. The primary key decides, not
     * a look first: two nodes marking at once both try the insert and the second meets the key. The
     * insert runs in a savepoint, so on PostgreSQL the failed insert does not abort the caller's transaction.
     */
    public boolean markIfAbsent(long versionId, String format, String user) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(status -> jdbc.sql("""
                            insert into version_export (version_id, format, exported_by, exported_at)
                            select ?, ?, ?, ? from (values (1)) as one
                            where not exists (select 1 from version_export where version_id = ? and format = ?)""")
                    .params(versionId, format, user, Timestamp.from(Instant.now()), versionId, format).update() == 1));
        } catch (DuplicateKeyException markedAtTheSameTime) {
            return false;
        }
    }

    public List<ExportMark> forVersion(long versionId) {
        return jdbc.sql("select * from version_export where version_id = ? order by exported_at, format").param(versionId)
                .query((rs, i) -> new ExportMark(rs.getLong("version_id"), rs.getString("format"), rs.getString("exported_by"),
                        rs.getTimestamp("exported_at").toInstant()))
                .list();
    }
}
