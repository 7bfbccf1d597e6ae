package org.transdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;
import org.transdesk.review.ArticleSelection;
import org.transdesk.review.ChangeRequest;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.review.OutputState;
import org.transdesk.review.OutputSummary;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.SegmentRevision;
import org.transdesk.review.SegmentText;
import org.transdesk.review.StatusCounts;

/** The draft, draft_segment and segment_revision tables. */
@Repository
public class DraftRepository {

    /** A draft with its segments in one query (outer join: a draft being drafted for the first time has none). */
    private static final String DRAFT_WITH_SEGMENTS = """
            select d.*, s.position as s_position, s.text as s_text, s.origin as s_origin, s.match_score as s_match_score,
                   s.note as s_note, s.revision as s_revision, s.status as s_status
            from draft d left join draft_segment s on s.draft_id = d.id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    private final org.transdesk.article.Outputs outputs;

    DraftRepository(JdbcClient jdbc, JdbcTemplate batch, org.transdesk.article.Outputs outputs) {
        this.outputs = outputs;
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
        return drafts(DRAFT_WITH_SEGMENTS + " where d.article_id = ? and d.output_key = ? order by s.position", articleId, output.key())
                .stream().findFirst();
    }

    public Optional<Draft> find(long draftId) {
        return drafts(DRAFT_WITH_SEGMENTS + " where d.id = ? order by s.position", draftId).stream().findFirst();
    }

    /** Every draft of an article with its segments, in one query: what the workbench shows. */
    public Map<Output, Draft> all(long articleId) {
        Map<Output, Draft> out = new java.util.LinkedHashMap<>();
        drafts(DRAFT_WITH_SEGMENTS + " where d.article_id = ? order by d.id, s.position", articleId).forEach(d -> out.put(d.output(), d));
        return out;
    }

    /**
     * Creates the draft row, in state Drafting for a generation's first claim; a second insert meets
     * the unique key (article, output).
     */
    public long insert(long articleId, Output output, int sourceRevision, DraftProvenance p, String user, OutputState state) {
        Timestamp now = Timestamp.from(Instant.now());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into draft (article_id, output_key, source_revision, state, lock_version, engine, engine_label, model,
                  prompt_version, glossary_version, prompt_tokens, completion_tokens, latency_ms, estimated_cost,
                  created_at, updated_at, updated_by, drafting_from)
                values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, output.key(), sourceRevision, state.name(), p.engine(), p.engineLabel(),
                        p.model(), p.promptVersion(), p.glossaryVersion(), p.promptTokens(), p.completionTokens(),
                        p.latencyMs(), p.estimatedCost(), now, now, user, OutputState.NOT_STARTED.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The engine, model, usage and cost of the text the draft now has. */
    public void setProvenance(long draftId, int sourceRevision, DraftProvenance p, String user) {
        jdbc.sql("""
                update draft set source_revision = ?, engine = ?, engine_label = ?, model = ?, prompt_version = ?,
                  glossary_version = ?, prompt_tokens = ?, completion_tokens = ?, latency_ms = ?, estimated_cost = ?,
                  updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ?""")
                .params(sourceRevision, p.engine(), p.engineLabel(), p.model(), p.promptVersion(), p.glossaryVersion(),
                        p.promptTokens(), p.completionTokens(), p.latencyMs(), p.estimatedCost(),
                        Timestamp.from(Instant.now()), user, draftId)
                .update();
    }

    /**
     * Sets the draft to DRAFTING unless it already is, remembering the state it had; false when another
     * run holds it. Two claims at once meet at the row lock: the second waits for the first to end and
     * then sees its state.
     */
    public boolean claimDrafting(long draftId, String user) {
        return jdbc.sql("""
                update draft set drafting_from = state, state = ?, updated_at = ?, updated_by = ?, lock_version = lock_version + 1
                where id = ? and state <> ?""")
                .params(OutputState.DRAFTING.name(), Timestamp.from(Instant.now()), user, draftId, OutputState.DRAFTING.name())
                .update() == 1;
    }

    /** The state the draft had when the current generation claimed it. */
    public Optional<OutputState> draftingFrom(long draftId) {
        return jdbc.sql("select drafting_from from draft where id = ?").param(draftId).query(String.class).optional()
                .map(OutputState::valueOf);
    }

    /**
     * Compare-and-set of the state: false when the draft is no longer in {@code expected} (someone
     * changed it meanwhile). A state that stays the same still counts as a change of the draft.
     */
    public boolean moveState(long draftId, OutputState expected, OutputState to, String user) {
        return jdbc.sql("update draft set state = ?, updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ? and state = ?")
                .params(to.name(), Timestamp.from(Instant.now()), user, draftId, expected.name()).update() == 1;
    }

    /**
     * Compare-and-set on the draft revision ({@code lock_version}): moves the draft to {@code to} only
     * if nothing changed it since it was read at {@code lockVersion}. Approval uses it, so two
     * reviewers approving at once get one version and one refusal.
     */
    public boolean moveStateIfUnchanged(long draftId, int lockVersion, OutputState to, String user) {
        return jdbc.sql("update draft set state = ?, updated_at = ?, updated_by = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(to.name(), Timestamp.from(Instant.now()), user, draftId, lockVersion).update() == 1;
    }

    /**
     * Writes engine text into the paragraphs of {@code generated}: a paragraph a person wrote or
     * confirmed is written only when {@code overwriteHumanWork} (the update itself checks the status,
     * so a paragraph that became a person's meanwhile is never overwritten). Each written paragraph
     * gets a new revision of kind {@code kind} (numbers continue past the highest ever recorded).
     * One query for the revision numbers and one batch per table.
     *
     * @return the positions written, with the status they had before
     */
    public Map<Integer, ParagraphStatus> writeEngineSegments(long draftId, GeneratedDraft generated, boolean overwriteHumanWork,
                                                             String kind, String author) {
        Map<Integer, Integer> highest = new HashMap<>();
        jdbc.sql("select position, max(revision) from segment_revision where draft_id = ? group by position").param(draftId)
                .query(rs -> {
                    highest.put(rs.getInt(1), rs.getInt(2));
                });
        Map<Integer, ParagraphStatus> existing = new HashMap<>();
        jdbc.sql("select position, status from draft_segment where draft_id = ?").param(draftId)
                .query(rs -> {
                    existing.put(rs.getInt(1), ParagraphStatus.valueOf(rs.getString(2)));
                });
        List<Integer> updatedPositions = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Integer> insertedPositions = new ArrayList<>();
        Map<Integer, Integer> revisionOf = new HashMap<>();
        for (Map.Entry<Integer, GeneratedDraft.Segment> e : generated.drafted().entrySet()) {
            int position = e.getKey();
            GeneratedDraft.Segment s = e.getValue();
            ParagraphStatus before = existing.get(position);
            if (before != null && before.isHumanWork() && !overwriteHumanWork) {
                continue;
            }
            int revision = highest.getOrDefault(position, 0) + 1;
            revisionOf.put(position, revision);
            String status = ParagraphStatus.ofEngineText(s.text()).name();
            if (before != null) {
                updates.add(new Object[] {s.text(), s.origin(), s.matchScore(), s.note(), revision, status, draftId, position});
                updatedPositions.add(position);
            } else {
                inserts.add(new Object[] {draftId, position, s.text(), s.origin(), s.matchScore(), s.note(), revision, status});
                insertedPositions.add(position);
            }
        }
        String humanGuard = overwriteHumanWork ? "" : " and status in ('UNTRANSLATED', 'MACHINE_DRAFT')";
        int[] updated = batch.batchUpdate("update draft_segment set text = ?, origin = ?, match_score = ?, note = ?, revision = ?, status = ?"
                + " where draft_id = ? and position = ?" + humanGuard, updates);
        batch.batchUpdate("insert into draft_segment (draft_id, position, text, origin, match_score, note, revision, status) values (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        Map<Integer, ParagraphStatus> written = new LinkedHashMap<>();
        for (int i = 0; i < updatedPositions.size(); i++) {
            if (updated[i] != 0) { // JDBC may answer SUCCESS_NO_INFO (-2) for a batch: that is a write too
                written.put(updatedPositions.get(i), existing.get(updatedPositions.get(i)));
            }
        }
        insertedPositions.forEach(p -> written.put(p, null));
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> revisions = new ArrayList<>();
        written.keySet().stream().sorted().forEach(p -> revisions.add(new Object[] {draftId, p, revisionOf.get(p),
                generated.drafted().get(p).text(), kind, author, now}));
        batch.batchUpdate("insert into segment_revision (draft_id, position, revision, text, kind, author, created_at) values (?, ?, ?, ?, ?, ?, ?)", revisions);
        return written;
    }

    /** Drops segments from {@code count} on (a replaced draft can be shorter); their revisions stay. Returns the statuses dropped. */
    public List<ParagraphStatus> truncateSegments(long draftId, int count) {
        List<ParagraphStatus> dropped = jdbc.sql("select status from draft_segment where draft_id = ? and position >= ?").params(draftId, count)
                .query((rs, i) -> ParagraphStatus.valueOf(rs.getString(1))).list();
        jdbc.sql("delete from draft_segment where draft_id = ? and position >= ?").params(draftId, count).update();
        return dropped;
    }

    public Optional<SegmentText> segment(long draftId, int position) {
        return jdbc.sql("select * from draft_segment where draft_id = ? and position = ?").params(draftId, position)
                .query((rs, i) -> segment(rs, "")).optional();
    }

    /** Next revision number of a segment: one past the highest ever recorded, so numbers never repeat. */
    public int nextRevision(long draftId, int position) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from segment_revision where draft_id = ? and position = ?")
                .params(draftId, position).query(Integer.class).single();
    }

    /** Compare-and-set on the segment revision for a person's text: 0 rows means someone saved in between. */
    public boolean replaceIfRevision(long draftId, int position, int expectedRevision, String text, int newRevision, ParagraphStatus status) {
        return jdbc.sql("update draft_segment set text = ?, origin = 'EDITED', match_score = null, revision = ?, status = ? where draft_id = ? and position = ? and revision = ?")
                .params(text, newRevision, status.name(), draftId, position, expectedRevision).update() == 1;
    }

    /** Compare-and-set like {@link #replaceIfRevision}, for engine text that keeps its own origin, score and note. */
    public boolean putSegmentIfRevision(long draftId, int position, int expectedRevision, String text, String origin, Integer score,
                                        String note, int newRevision, ParagraphStatus status) {
        return jdbc.sql("update draft_segment set text = ?, origin = ?, match_score = ?, note = ?, revision = ?, status = ? where draft_id = ? and position = ? and revision = ?")
                .params(text, origin, score, note, newRevision, status.name(), draftId, position, expectedRevision).update() == 1;
    }

    /** Compare-and-set of a paragraph's status on its revision (confirming names the text the editor saw). */
    public boolean setStatusIfRevision(long draftId, int position, int expectedRevision, ParagraphStatus status) {
        return jdbc.sql("update draft_segment set status = ? where draft_id = ? and position = ? and revision = ?")
                .params(status.name(), draftId, position, expectedRevision).update() == 1;
    }

    /** Approval: every paragraph with text counts as confirmed from now on. */
    public void confirmAllWithText(long draftId) {
        jdbc.sql("update draft_segment set status = ? where draft_id = ? and status <> ?")
                .params(ParagraphStatus.CONFIRMED.name(), draftId, ParagraphStatus.UNTRANSLATED.name()).update();
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

    public List<SegmentRevision> revisions(long draftId, int position) {
        return jdbc.sql("select * from segment_revision where draft_id = ? and position = ? order by revision")
                .params(draftId, position)
                .query((rs, i) -> new SegmentRevision(rs.getInt("position"), rs.getInt("revision"), rs.getString("text"),
                        rs.getString("kind"), rs.getString("author"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Map<Long, Map<Output, OutputState>> states(Collection<Long> articleIds) {
        Map<Long, Map<Output, OutputState>> states = new HashMap<>();
        summaries(articleIds).forEach((id, byOutput) -> {
            Map<Output, OutputState> m = new java.util.LinkedHashMap<>();
            byOutput.forEach((o, s) -> m.put(o, s.state()));
            states.put(id, m);
        });
        return states;
    }

    /** See {@link org.transdesk.review.DraftService#articlesIn}: "not started" is the complement of the drafts in any other state. */
    public ArticleSelection articlesIn(Output output, OutputState state) {
        boolean notStarted = state == OutputState.NOT_STARTED;
        String op = notStarted ? "<>" : "=";
        if (output != null) {
            return new ArticleSelection(java.util.Set.copyOf(jdbc.sql("select article_id from draft where output_key = ? and state " + op + " ?")
                    .params(output.key(), state.name())
                    .query(Long.class).list()), notStarted);
        }
        List<String> keys = outputs.keys();
        String in = String.join(",", keys.stream().map(k -> "?").toList());
        List<Object> params = new ArrayList<>(keys);
        params.add(state.name());
        String sql = "select article_id from draft where output_key in (" + in + ") and state " + op + " ? group by article_id"
                + (notStarted ? " having count(distinct output_key) = " + keys.size() : "");
        return new ArticleSelection(java.util.Set.copyOf(jdbc.sql(sql).params(params).query(Long.class).list()), notStarted);
    }

    /** State and paragraphs per status of every output of the given articles, in one grouped query (the library's read). */
    public Map<Long, Map<Output, OutputSummary>> summaries(Collection<Long> articleIds) {
        Map<Long, Map<Output, OutputSummary>> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        String in = String.join(",", articleIds.stream().map(id -> "?").toList());
        jdbc.sql("select d.article_id, d.output_key, d.state, s.status, count(s.position) from draft d"
                        + " left join draft_segment s on s.draft_id = d.id where d.article_id in (" + in + ")"
                        + " group by d.article_id, d.output_key, d.state, s.status")
                .params(List.copyOf(articleIds))
                .query(rs -> {
                    long articleId = rs.getLong(1);
                    OutputState state = OutputState.valueOf(rs.getString(3));
                    String status = rs.getString(4);
                    int count = rs.getInt(5);
                    Output.ofKey(rs.getString(2)).ifPresent(o -> out.computeIfAbsent(articleId, k -> new java.util.LinkedHashMap<>())
                            .merge(o, new OutputSummary(o, state, status == null ? StatusCounts.NONE
                                            : StatusCounts.NONE.plus(ParagraphStatus.valueOf(status), count)),
                                    (a, b) -> new OutputSummary(o, state, add(a.counts(), b.counts()))));
                });
        return out;
    }

    private static StatusCounts add(StatusCounts a, StatusCounts b) {
        return new StatusCounts(a.untranslated() + b.untranslated(), a.machineDraft() + b.machineDraft(),
                a.edited() + b.edited(), a.confirmed() + b.confirmed());
    }

    private List<Draft> drafts(String sql, Object... params) {
        Map<Long, Draft> byId = new LinkedHashMap<>();
        Map<Long, List<SegmentText>> segments = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            long id = rs.getLong("id");
            if (!byId.containsKey(id)) {
                byId.put(id, draft(rs, List.of()));
                segments.put(id, new ArrayList<>());
            }
            rs.getInt("s_position");
            if (!rs.wasNull()) {
                segments.get(id).add(segment(rs, "s_"));
            }
        });
        return byId.values().stream().map(d -> new Draft(d.id(), d.articleId(), d.output(), d.sourceRevision(), d.state(),
                d.lockVersion(), d.provenance(), segments.get(d.id()), d.updatedAt(), d.updatedBy())).toList();
    }

    private static Draft draft(ResultSet rs, List<SegmentText> segments) throws SQLException {
        return new Draft(rs.getLong("id"), rs.getLong("article_id"), Output.ofKey(rs.getString("output_key")).orElseThrow(),
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

    private static SegmentText segment(ResultSet rs, String prefix) throws SQLException {
        return new SegmentText(rs.getInt(prefix + "position"), rs.getString(prefix + "text"), rs.getString(prefix + "origin"),
                (Integer) rs.getObject(prefix + "match_score", Integer.class), rs.getString(prefix + "note"),
                rs.getInt(prefix + "revision"), ParagraphStatus.valueOf(rs.getString(prefix + "status")));
    }
}
