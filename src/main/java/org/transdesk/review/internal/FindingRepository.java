package org.transdesk.review.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/** version_qa_finding: the QA findings a version was approved with; written once, with the version. */
@Repository
public class FindingRepository {

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(long versionId, List<QaFinding> findings) {
        for (QaFinding f : findings) {
            jdbc.sql("""
                    insert into version_qa_finding (version_id, check_id, severity, message, segment, span_start, span_end)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, f.check(), f.severity().name(), clip(f.message()), f.segment(), f.start(), f.end())
                    .update();
        }
    }

    public List<QaFinding> forVersion(long versionId) {
        return jdbc.sql("select * from version_qa_finding where version_id = ? order by id").param(versionId)
                .query((rs, i) -> new QaFinding(rs.getString("check_id"), Severity.valueOf(rs.getString("severity")),
                        rs.getString("message"), rs.getInt("segment"), rs.getInt("span_start"), rs.getInt("span_end")))
                .list();
    }

    private static String clip(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 2000);
    }
}
