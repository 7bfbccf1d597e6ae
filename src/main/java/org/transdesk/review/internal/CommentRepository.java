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
import org.transdesk.review.SegmentComment;

/** segment_comment: comments are added and resolved, never edited or deleted. */
@Repository
public class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long draftId, int position, Long parentId, String author, String body) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into segment_comment (draft_id, position, parent_id, author, body, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(draftId, position, parentId, author, body, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<SegmentComment> byId(long id) {
        return jdbc.sql("select * from segment_comment where id = ?").param(id).query((rs, i) -> comment(rs)).optional();
    }

    public void setResolved(long id, String user) {
        jdbc.sql("update segment_comment set resolved_by = ?, resolved_at = ? where id = ?")
                .params(user, user == null ? null : Timestamp.from(Instant.now()), id).update();
    }

    public List<SegmentComment> forDraft(long draftId) {
        return jdbc.sql("select * from segment_comment where draft_id = ? order by id").param(draftId)
                .query((rs, i) -> comment(rs)).list();
    }

    private static SegmentComment comment(ResultSet rs) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new SegmentComment(rs.getLong("id"), rs.getLong("draft_id"), rs.getInt("position"),
                rs.getObject("parent_id") == null ? null : rs.getLong("parent_id"), rs.getString("author"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("resolved_by"),
                resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
