package org.transdesk.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.review.ExportMark;

/** version_export: one row per approved version and format, written once. */
@Repository
public class ExportMarkRepository {

    private final JdbcClient jdbc;

    ExportMarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when the version was already marked for that format. */
    public boolean markIfAbsent(long versionId, String format, String user) {
        boolean present = jdbc.sql("select count(*) from version_export where version_id = ? and format = ?")
                .params(versionId, format).query(Integer.class).single() > 0;
        if (present) {
            return false;
        }
        jdbc.sql("insert into version_export (version_id, format, exported_by, exported_at) values (?, ?, ?, ?)")
                .params(versionId, format, user, Timestamp.from(Instant.now())).update();
        return true;
    }

    public List<ExportMark> forVersion(long versionId) {
        return jdbc.sql("select * from version_export where version_id = ? order by exported_at, format").param(versionId)
                .query((rs, i) -> new ExportMark(rs.getLong("version_id"), rs.getString("format"), rs.getString("exported_by"),
                        rs.getTimestamp("exported_at").toInstant()))
                .list();
    }
}
