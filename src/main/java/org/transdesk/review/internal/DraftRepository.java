package org.transdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;
import org.transdesk.review.ChangeRequest;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.OutputState;
import org.transdesk.review.SegmentRevision;
import org.transdesk.review.SegmentText;

/** The draft, draft_segment and segment_revision tables. */
@Repository
public class DraftRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DraftRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A draft's id and state, without its segments. */
    public record Head(long id, OutputState state) {
    }

    public Optional<Head> head(long articleId, Output output) {
        return jdbc.sql("select id, state from draft where article_id = ? and output_key = ?").params(articleId, output.key())
                .query((rs, i) -> new Head(rs.getLong(1), OutputState.valueOf(rs.getString(2)))).optional();
    }

    public Optional<Draft> find(long articleId, Output output) {
        return jdbc.sql("select * from draft where article_id = ? and output_key = ?").params(articleId, output.key())
                .query((rs, i) -> draft(rs)).optional();
    }

    public Optional<Draft> find(long draftId) {
        return jdbc.sql("select * from draft where id = ?").param(draftId).query((rs, i) -> draft(rs)).optional();
    }

    /** Creates the draft row when absent; returns its id. */
    public long upsertHeader(long articleId, Output output, int sourceRevision, DraftProvenance p, String user) {
        Timestamp now = Timestamp.from(Instant.now());
        Optional<Head> existing = head(articleId, output);
        if (existing.isPresent()) {
            jdbc.sql("""
                    update draft set source_revision = ?, engine = ?, engine_label = ?, model = ?, prompt_version = ?,
                      glossary_version = ?, prompt_tokens = ?, completion_tokens = ?, latency_ms = ?, estimated_cost = ?,
                      updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ?""")
                    .params(sourceRevision, p.engine(), p.engineLabel(), p.model(), p.promptVersion(), p.glossaryVersion(),
                            p.promptTokens(), p.completionTokens(), p.latencyMs(), p.estimatedCost(), now, user, existing.get().id())
                    .update();
            return existing.get().id();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into draft (article_id, output_key, source_revision, state, lock_version, engine, engine_label, model,
                  prompt_version, glossary_version, prompt_tokens, completion_tokens, latency_ms, estimated_cost,
                  created_at, updated_at, updated_by)
                values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, output.key(), sourceRevision, OutputState.DRAFTING.name(), p.engine(), p.engineLabel(),
                        p.model(), p.promptVersion(), p.glossaryVersion(), p.promptTokens(), p.completionTokens(),
                        p.latencyMs(), p.estimatedCost(), now, now, user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Sets the draft to DRAFTING unless it already is; false when another run holds it. Two claims at
     * once meet at the row lock: the second waits for the first to end and then sees its state.
     */
    public boolean claimDrafting(long draftId, String user) {
        return jdbc.sql("update draft set state = ?, updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ? and state <> ?")
                .params(OutputState.DRAFTING.name(), Timestamp.from(Instant.now()), user, draftId, OutputState.DRAFTING.name())
                .update() == 1;
    }

    public void setState(long draftId, OutputState state, String user) {
        jdbc.sql("update draft set state = ?, updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ?")
                .params(state.name(), Timestamp.from(Instant.now()), user, draftId).update();
    }

    /**
     * Makes {@code texts} the draft's segments, each as a new revision of kind {@code kind} (numbers
     * continue past the highest ever recorded for its position), and drops segments beyond them.
     * One query for the revision numbers and one batch per table: a 40-paragraph draft is a handful
     * of round trips instead of four per paragraph.
     */
    public void replaceSegments(long draftId, List<GeneratedDraft.Segment> texts, String kind, String author) {
        Map<Integer, Integer> highest = new HashMap<>();
        jdbc.sql("select position, max(revision) from segment_revision where draft_id = ? group by position").param(draftId)
                .query(rs -> {
                    highest.put(rs.getInt(1), rs.getInt(2));
                });
        int existing = jdbc.sql("select count(*) from draft_segment where draft_id = ?").param(draftId).query(Integer.class).single();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int position = 0; position < texts.size(); position++) {
            GeneratedDraft.Segment s = texts.get(position);
            int revision = highest.getOrDefault(position, 0) + 1;
            if (position < existing) {
                updates.add(new Object[] {s.text(), s.origin(), s.matchScore(), s.note(), revision, draftId, position});
            } else {
                inserts.add(new Object[] {draftId, position, s.text(), s.origin(), s.matchScore(), s.note(), revision});
            }
            revisions.add(new Object[] {draftId, position, revision, s.text(), kind, author, now});
        }
        truncateSegments(draftId, texts.size());
        batch.batchUpdate("update draft_segment set text = ?, origin = ?, match_score = ?, note = ?, revision = ? where draft_id = ? and position = ?", updates);
        batch.batchUpdate("insert into draft_segment (draft_id, position, text, origin, match_score, note, revision) values (?, ?, ?, ?, ?, ?, ?)", inserts);
        batch.batchUpdate("insert into segment_revision (draft_id, position, revision, text, kind, author, created_at) values (?, ?, ?, ?, ?, ?, ?)", revisions);
    }

    /** Drops segments beyond {@code count} (a regenerated draft can be shorter); their revisions stay. */
    private void truncateSegments(long draftId, int count) {
        jdbc.sql("delete from draft_segment where draft_id = ? and position >= ?").params(draftId, count).update();
    }

    public Optional<SegmentText> segment(long draftId, int position) {
        return jdbc.sql("select * from draft_segment where draft_id = ? and position = ?").params(draftId, position)
                .query((rs, i) -> segment(rs)).optional();
    }

    /** Next revision number of a segment: one past the highest ever recorded, so numbers never repeat. */
    public int nextRevision(long draftId, int position) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from segment_revision where draft_id = ? and position = ?")
                .params(draftId, position).query(Integer.class).single();
    }

    /** Compare-and-set on the segment revision: 0 rows means someone saved in between. */
    public boolean replaceIfRevision(long draftId, int position, int expectedRevision, String text, int newRevision) {
        return jdbc.sql("update draft_segment set text = ?, origin = 'EDITED', match_score = null, revision = ? where draft_id = ? and position = ? and revision = ?")
                .params(text, newRevision, draftId, position, expectedRevision).update() == 1;
    }

    /** Compare-and-set like {@link #replaceIfRevision}, for engine text that keeps its own origin, score and note. */
    public boolean putSegmentIfRevision(long draftId, int position, int expectedRevision, String text, String origin, Integer score,
                                        String note, int newRevision) {
        return jdbc.sql("update draft_segment set text = ?, origin = ?, match_score = ?, note = ?, revision = ? where draft_id = ? and position = ? and revision = ?")
                .params(text, origin, score, note, newRevision, draftId, position, expectedRevision).update() == 1;
    }

    /** Reviewer's reason for sending the draft back; kept until the next request replaces it. */
    public void requestChanges(long draftId, String reason, String reviewer) {
        jdbc.sql("update draft set changes_reason = ?, changes_requested_by = ?, changes_requested_at = ? where id = ?")
                .params(reason, reviewer, Timestamp.from(Instant.now()), draftId).update();
    }

    public Optional<ChangeRequest> changeRequest(long draftId) {
        return jdbc.sql("select changes_reason, changes_requested_by, changes_requested_at from draft where id = ? and changes_reason is not null")
                .param(draftId)
                .query((rs, i) -> new ChangeRequest(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** The person (not the engine) whose text is the latest in the draft: the four-eyes rule reads it. */
    public void markEditedBy(long draftId, String user) {
        jdbc.sql("update draft set last_edited_by = ? where id = ?").params(user, draftId).update();
    }

    public Optional<String> lastEditedBy(long draftId) {
        return jdbc.sql("select last_edited_by from draft where id = ?").param(draftId).query(String.class).optional();
    }

    public void addRevision(long draftId, int position, int revision, String text, String kind, String author) {
        jdbc.sql("insert into segment_revision (draft_id, position, revision, text, kind, author, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(draftId, position, revision, text, kind, author, Timestamp.from(Instant.now())).update();
    }

    public void touch(long draftId, String user) {
        jdbc.sql("update draft set updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ?")
                .params(Timestamp.from(Instant.now()), user, draftId).update();
    }

    public List<SegmentRevision> revisions(long draftId, int position) {
        return jdbc.sql("select * from segment_revision where draft_id = ? and position = ? order by revision")
                .params(draftId, position)
                .query((rs, i) -> new SegmentRevision(rs.getInt("position"), rs.getInt("revision"), rs.getString("text"),
                        rs.getString("kind"), rs.getString("author"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Map<Long, Map<Output, OutputState>> states(Collection<Long> articleIds) {
        Map<Long, Map<Output, OutputState>> states = new HashMap<>();
        if (articleIds.isEmpty()) {
            return states;
        }
        String in = String.join(",", articleIds.stream().map(id -> "?").toList());
        jdbc.sql("select article_id, output_key, state from draft where article_id in (" + in + ")")
                .params(List.copyOf(articleIds))
                .query(rs -> {
                    long articleId = rs.getLong(1);
                    OutputState state = OutputState.valueOf(rs.getString(3));
                    Output.ofKey(rs.getString(2)).ifPresent(o -> states.computeIfAbsent(articleId, k -> new HashMap<>()).put(o, state));
                });
        return states;
    }

    private Draft draft(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<SegmentText> segments = jdbc.sql("select * from draft_segment where draft_id = ? order by position").param(id)
                .query((r, i) -> segment(r)).list();
        return new Draft(id, rs.getLong("article_id"), Output.ofKey(rs.getString("output_key")).orElseThrow(),
                rs.getInt("source_revision"), OutputState.valueOf(rs.getString("state")), rs.getInt("lock_version"),
                provenance(rs), segments, rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    static DraftProvenance provenance(ResultSet rs) throws SQLException {
        return new DraftProvenance(rs.getString("engine"), rs.getString("engine_label"), rs.getString("model"),
                rs.getString("prompt_version"), rs.getString("glossary_version"), rs.getLong("prompt_tokens"),
                rs.getLong("completion_tokens"), hasColumn(rs, "latency_ms") ? rs.getLong("latency_ms") : 0,
                rs.getBigDecimal("estimated_cost"));
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    private static SegmentText segment(ResultSet rs) throws SQLException {
        return new SegmentText(rs.getInt("position"), rs.getString("text"), rs.getString("origin"),
                (Integer) rs.getObject("match_score", Integer.class), rs.getString("note"), rs.getInt("revision"));
    }
}
