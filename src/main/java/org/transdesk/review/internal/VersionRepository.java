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
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;

/** approved_version and approved_segment: insert and read only; there is no update or delete. */
@Repository
public class VersionRepository {

    private final JdbcClient jdbc;

    VersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int nextNumber(long articleId, Output output) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from approved_version where article_id = ? and output_key = ?")
                .params(articleId, output.key()).query(Integer.class).single();
    }

    public long insert(Draft draft, int number, String approver, String hash, String overrideReason) {
        var p = draft.provenance();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into approved_version (article_id, output_key, number, source_revision, approved_by, approved_at,
                  content_hash, engine, engine_label, model, prompt_version, glossary_version, prompt_tokens,
                  completion_tokens, estimated_cost, override_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft.articleId(), draft.output().key(), number, draft.sourceRevision(), approver,
                        Timestamp.from(Instant.now()), hash, p.engine(), p.engineLabel(), p.model(), p.promptVersion(),
                        p.glossaryVersion(), p.promptTokens(), p.completionTokens(), p.estimatedCost(), overrideReason)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (var segment : draft.segments()) {
            jdbc.sql("insert into approved_segment (version_id, position, text) values (?, ?, ?)")
                    .params(id, segment.position(), segment.text()).update();
        }
        return id;
    }

    public List<ApprovedVersion> all(long articleId, Output output) {
        return jdbc.sql("select * from approved_version where article_id = ? and output_key = ? order by number")
                .params(articleId, output.key()).query((rs, i) -> version(rs)).list();
    }

    public Optional<ApprovedVersion> latest(long articleId, Output output) {
        return jdbc.sql("select * from approved_version where article_id = ? and output_key = ? order by number desc fetch first 1 rows only")
                .params(articleId, output.key()).query((rs, i) -> version(rs)).optional();
    }

    public Optional<ApprovedVersion> byId(long id) {
        return jdbc.sql("select * from approved_version where id = ?").param(id).query((rs, i) -> version(rs)).optional();
    }

    private ApprovedVersion version(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<String> segments = jdbc.sql("select text from approved_segment where version_id = ? order by position")
                .param(id).query(String.class).list();
        return new ApprovedVersion(id, rs.getLong("article_id"), Output.ofKey(rs.getString("output_key")).orElseThrow(),
                rs.getInt("number"), rs.getInt("source_revision"), rs.getString("approved_by"),
                rs.getTimestamp("approved_at").toInstant(), rs.getString("content_hash"),
                DraftRepository.provenance(rs), rs.getString("override_reason"), segments);
    }
}
