package org.transdesk.review.internal;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.RecordedFinding;

/**
 * version_qa_finding: the QA findings a version was approved with, and the ones a reviewer had dismissed
 * (with who, when and why); written once, with the version. Each keeps its sentence as a phrase ({@link StoredPhrase}).
 */
@Repository
public class FindingRepository {

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(long versionId, List<QaFinding> findings) {
        for (QaFinding f : findings) {
            insert(versionId, f, null, null, null);
        }
    }

    /** The findings a reviewer had dismissed for the approved text. */
    public void insertDismissed(long versionId, List<FindingDismissal> dismissed) {
        for (FindingDismissal d : dismissed) {
            insert(versionId, d.finding(), d.decidedBy(), d.decidedAt() == null ? null : Timestamp.from(d.decidedAt()), d.reason());
        }
    }

    private void insert(long versionId, QaFinding f, String dismissedBy, Timestamp dismissedAt, String reason) {
        jdbc.sql("""
                insert into version_qa_finding (version_id, check_id, severity, message, segment, span_start, span_end,
                  dismissed_by, dismissed_at, dismissal_reason, message_key, message_args)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(versionId, f.check(), f.severity().name(), DismissalRepository.clip(f.message()), f.segment(), f.start(), f.end(),
                        dismissedBy, dismissedAt, reason, StoredPhrase.key(f), StoredPhrase.args(f))
                .update();
    }

    public List<RecordedFinding> forVersion(long versionId) {
        return jdbc.sql("select * from version_qa_finding where version_id = ? order by id").param(versionId)
                .query((rs, i) -> {
                    Timestamp at = rs.getTimestamp("dismissed_at");
                    return new RecordedFinding(new QaFinding(rs.getString("check_id"), Severity.valueOf(rs.getString("severity")),
                            rs.getString("message"), rs.getInt("segment"), rs.getInt("span_start"), rs.getInt("span_end"),
                            StoredPhrase.read(rs.getString("message_key"), rs.getString("message_args"))),
                            rs.getString("dismissed_by"), at == null ? null : at.toInstant(), rs.getString("dismissal_reason"));
                })
                .list();
    }
}
