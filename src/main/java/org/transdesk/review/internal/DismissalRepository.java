package org.transdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.FindingDismissal.State;

/**
 * finding_dismissal: proposed and done dismissals of QA findings, each for one finding on one text
 * (see {@link FindingKey}). Rejecting a proposal or undoing a dismissal deletes the row.
 */
@Repository
public class DismissalRepository {

    private final JdbcClient jdbc;

    DismissalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dismissal for a finding on a text, written by {@code by}; DISMISSED rows are decided by the same person at once. */
    public long insert(long articleId, Output output, QaFinding finding, String textHash, String reason, State state, String by) {
        Timestamp now = Timestamp.from(Instant.now());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finding_dismissal (article_id, output_key, segment, check_id, severity, message, finding_hash, text_hash,
                  reason, state, proposed_by, proposed_at, decided_by, decided_at, message_key, message_args)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, output.key(), finding.segment(), finding.check(), finding.severity().name(), clip(finding.message()),
                        FindingKey.of(finding), textHash, reason, state.name(), by, now,
                        state == State.DISMISSED ? by : null, state == State.DISMISSED ? now : null,
                        StoredPhrase.key(finding), StoredPhrase.args(finding))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Turns a proposal into a dismissal, with the reviewer's own reason when given ({@code null} keeps the
     * proposer's); false when it is no longer a proposal (decided or withdrawn meanwhile).
     */
    public boolean accept(long id, String reviewer, String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        if (reason == null) {
            return jdbc.sql("update finding_dismissal set state = 'DISMISSED', decided_by = ?, decided_at = ? where id = ? and state = 'PROPOSED'")
                    .params(reviewer, now, id).update() == 1;
        }
        return jdbc.sql("update finding_dismissal set state = 'DISMISSED', decided_by = ?, decided_at = ?, reason = ? where id = ? and state = 'PROPOSED'")
                .params(reviewer, now, reason, id).update() == 1;
    }

    /** Deletes the row if it is still in {@code state}; false when someone else changed it meanwhile. */
    public boolean delete(long id, State state) {
        return jdbc.sql("delete from finding_dismissal where id = ? and state = ?").params(id, state.name()).update() == 1;
    }

    public Optional<FindingDismissal> find(long id) {
        return jdbc.sql("select * from finding_dismissal where id = ?").param(id).query((rs, i) -> dismissal(rs)).optional();
    }

    /** The dismissal of this finding on this text, if any. */
    public Optional<FindingDismissal> find(long articleId, Output output, QaFinding finding, String textHash) {
        return jdbc.sql("select * from finding_dismissal where article_id = ? and output_key = ? and finding_hash = ? and text_hash = ?")
                .params(articleId, output.key(), FindingKey.of(finding), textHash).query((rs, i) -> dismissal(rs)).optional();
    }

    /** Every dismissal of the output with its text hash; the caller keeps those whose text is still the same. */
    public List<Keyed> forOutput(long articleId, Output output) {
        return jdbc.sql("select * from finding_dismissal where article_id = ? and output_key = ? order by id")
                .params(articleId, output.key()).query((rs, i) -> new Keyed(dismissal(rs), rs.getString("text_hash"))).list();
    }

    /** A dismissal and the hash of the text it holds for. */
    public record Keyed(FindingDismissal dismissal, String textHash) {
    }

    private static FindingDismissal dismissal(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new FindingDismissal(rs.getLong("id"), rs.getLong("article_id"), Output.ofKey(rs.getString("output_key")).orElseThrow(),
                new QaFinding(rs.getString("check_id"), Severity.valueOf(rs.getString("severity")), rs.getString("message"), rs.getInt("segment"), -1, -1,
                        StoredPhrase.read(rs.getString("message_key"), rs.getString("message_args"))),
                rs.getString("reason"), State.valueOf(rs.getString("state")), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }

    static String clip(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 2000);
    }
}
