package org.transdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;
import org.transdesk.review.OutputState;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.RunState;
import org.transdesk.review.RunStatus;

/**
 * generation_run and generation_run_output, and the draft's claim by a run (draft.run_id). Every
 * change of a run's hold is a conditional update on its state and lease, so two nodes never both
 * believe they hold an output. Times are UTC ({@code timestamp with time zone}).
 */
@Repository
public class RunRepository {

    private static final String ACTIVE = "('RUNNING', 'CANCEL_REQUESTED')";

    private final JdbcClient jdbc;

    RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public long insertRun(long articleId, List<Output> outputs, RegenerateMode mode, String user, String node, Instant leaseUntil, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into generation_run (article_id, outputs, mode, state, started_by, owner_node, lease_until, done, total,
                  started_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""")
                .params(articleId, String.join(",", outputs.stream().map(Output::key).toList()), mode.name(), RunState.RUNNING.name(),
                        user, node, utc(leaseUntil), utc(now), utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Output output : outputs) {
            jdbc.sql("insert into generation_run_output (run_id, output_key, state, done, total) values (?, ?, ?, 0, 0)")
                    .params(id, output.key(), RunState.RUNNING.name()).update();
        }
        return id;
    }

    /** The draft's current holder, if it is Drafting: the run (absent for claims older than runs) and whether its lease holds. */
    public record Holder(Long runId, boolean valid, String startedBy, String node, Instant startedAt) {
    }

    public Optional<Holder> holder(long draftId, Instant now) {
        return jdbc.sql("""
                select d.run_id, r.state, r.lease_until, r.started_by, r.owner_node, r.started_at
                from draft d left join generation_run r on r.id = d.run_id where d.id = ? and d.state = 'DRAFTING'""")
                .param(draftId)
                .query((rs, i) -> {
                    Long runId = (Long) rs.getObject(1, Long.class);
                    String state = rs.getString(2);
                    Instant lease = instant(rs, "lease_until");
                    boolean valid = state != null && RunState.valueOf(state).isActive() && lease.isAfter(now);
                    return new Holder(runId, valid, rs.getString(4), rs.getString(5), instant(rs, "started_at"));
                })
                .optional();
    }

    /**
     * The claim: the draft becomes Drafting for {@code runId}, remembering the state it had. Allowed
     * when the draft is not Drafting, or (a takeover) still Drafting for exactly the {@code staleHolder}
     * the caller found without a valid lease. The condition reads the draft row only: two claims at
     * once meet at its row lock, and the second, re-checking the row after the first commits, finds it
     * Drafting for another run and is refused (a condition on another table would be judged on the
     * statement's older snapshot).
     *
     * @param staleHolder the run found holding the draft with an expired lease; {@code null} when the
     *                    draft was not Drafting, {@code 0} for a claim older than runs (no run id)
     */
    public boolean claim(long draftId, long runId, String user, Instant now, Long staleHolder) {
        String holderCondition = staleHolder == null ? "state <> 'DRAFTING'"
                : staleHolder == 0 ? "state = 'DRAFTING' and run_id is null" : "state = 'DRAFTING' and run_id = " + staleHolder;
        return jdbc.sql("""
                update draft set drafting_from = case when state = 'DRAFTING' then drafting_from else state end,
                  state = 'DRAFTING', run_id = ?, updated_at = ?, updated_by = ?, lock_version = lock_version + 1
                where id = ?""" + " and " + holderCondition)
                .params(runId, utc(now), user, draftId).update() == 1;
    }

    /** Sets the draft's run on a claim made by inserting the draft row. */
    public void setRun(long draftId, long runId) {
        jdbc.sql("update draft set run_id = ? where id = ?").params(runId, draftId).update();
    }

    /**
     * Whether the run still holds its claim at {@code now} (active, lease valid). It locks the run's
     * row: a node taking the run over waits until this transaction ends.
     */
    public boolean holds(long runId, Instant now) {
        return jdbc.sql("update generation_run set updated_at = ? where id = ? and state in " + ACTIVE + " and lease_until > ?")
                .params(utc(now), runId, utc(now)).update() == 1;
    }

    public boolean draftHeldBy(long draftId, long runId) {
        return jdbc.sql("select count(*) from draft where id = ? and state = 'DRAFTING' and run_id = ?").params(draftId, runId)
                .query(Integer.class).single() == 1;
    }

    /** Ends the run's claim on the draft: the draft moves to {@code to}, only if this run still holds it. */
    public boolean release(long draftId, long runId, OutputState to, String user, Instant now) {
        return jdbc.sql("""
                update draft set state = ?, run_id = null, updated_at = ?, updated_by = ?, lock_version = lock_version + 1
                where id = ? and state = 'DRAFTING' and run_id = ?""")
                .params(to.name(), utc(now), user, draftId, runId).update() == 1;
    }

    /**
     * The node's heartbeat for a run it owns: progress, and a renewed lease when {@code leaseUntil} is
     * given. Returns the run's state afterwards, or empty when the node no longer holds it (lease
     * expired and taken over, or ended elsewhere).
     */
    public Optional<RunState> heartbeat(long runId, String node, Instant now, Instant leaseUntil, Map<Output, int[]> progress) {
        int done = progress.values().stream().mapToInt(p -> p[0]).sum();
        int total = progress.values().stream().mapToInt(p -> p[1]).sum();
        String where = " where id = ? and owner_node = ? and state in ('RUNNING', 'CANCEL_REQUESTED') and lease_until > ?";
        int updated = leaseUntil == null
                ? jdbc.sql("update generation_run set done = ?, total = ?, updated_at = ?" + where)
                        .params(done, total, utc(now), runId, node, utc(now)).update()
                : jdbc.sql("update generation_run set lease_until = ?, done = ?, total = ?, updated_at = ?" + where)
                        .params(utc(leaseUntil), done, total, utc(now), runId, node, utc(now)).update();
        if (updated == 0) {
            return Optional.empty();
        }
        progress.forEach((output, p) -> jdbc.sql("update generation_run_output set done = ?, total = ? where run_id = ? and output_key = ? and state = ?")
                .params(p[0], p[1], runId, output.key(), RunState.RUNNING.name()).update());
        return state(runId);
    }

    public Optional<RunState> state(long runId) {
        return jdbc.sql("select state from generation_run where id = ?").param(runId).query(String.class).optional().map(RunState::valueOf);
    }

    /** Records a cancel request; false when the run is not running (finished, or already asked). */
    public boolean requestCancel(long runId, Instant now) {
        return jdbc.sql("update generation_run set state = ?, updated_at = ? where id = ? and state = ?")
                .params(RunState.CANCEL_REQUESTED.name(), utc(now), runId, RunState.RUNNING.name()).update() == 1;
    }

    public void endOutput(long runId, Output output, RunState state, int done, int total, String reason) {
        jdbc.sql("update generation_run_output set state = ?, done = ?, total = ?, reason = ? where run_id = ? and output_key = ?")
                .params(state.name(), done, total, reason, runId, output.key()).update();
    }

    /** Ends the run if it is still active; a run already ended elsewhere (taken over) keeps its end. */
    public boolean endRun(long runId, RunState state, String reason, Instant now) {
        int done = jdbc.sql("select coalesce(sum(done), 0) from generation_run_output where run_id = ?").param(runId).query(Integer.class).single();
        int total = jdbc.sql("select coalesce(sum(total), 0) from generation_run_output where run_id = ?").param(runId).query(Integer.class).single();
        return jdbc.sql("""
                update generation_run set state = ?, reason = ?, done = ?, total = ?, finished_at = ?, updated_at = ?
                where id = ? and state in ('RUNNING', 'CANCEL_REQUESTED')""")
                .params(state.name(), reason, done, total, utc(now), utc(now), runId).update() == 1;
    }

    /** Ends a run whose lease expired (its node stopped); false when it renewed meanwhile or had ended. */
    public boolean expire(long runId, String reason, Instant now) {
        int updated = jdbc.sql("""
                update generation_run set state = ?, reason = ?, finished_at = ?, updated_at = ?
                where id = ? and state in ('RUNNING', 'CANCEL_REQUESTED') and lease_until <= ?""")
                .params(RunState.FAILED.name(), reason, utc(now), utc(now), runId, utc(now)).update();
        if (updated == 1) {
            jdbc.sql("update generation_run_output set state = ?, reason = ? where run_id = ? and state = ?")
                    .params(RunState.FAILED.name(), reason, runId, RunState.RUNNING.name()).update();
        }
        return updated == 1;
    }

    /** A Drafting output whose claim no valid run holds: its node stopped (or the claim predates runs). */
    public record StaleClaim(long draftId, long articleId, String output, Long runId, String ownerNode, OutputState draftingFrom,
                             boolean hasText) {
    }

    public List<StaleClaim> staleClaims(Instant now) {
        return jdbc.sql("""
                select d.id, d.article_id, d.output_key, d.run_id, r.owner_node, d.drafting_from,
                  exists (select 1 from draft_segment s where s.draft_id = d.id) as has_text
                from draft d left join generation_run r on r.id = d.run_id
                where d.state = 'DRAFTING' and (d.run_id is null or r.state not in ('RUNNING', 'CANCEL_REQUESTED') or r.lease_until <= ?)""")
                .param(utc(now))
                .query((rs, i) -> new StaleClaim(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                        rs.getString(5), rs.getString(6) == null ? null : OutputState.valueOf(rs.getString(6)), rs.getBoolean(7)))
                .list();
    }

    /**
     * Resets a stale claim, only if the draft is still held by the same stale run (a takeover meanwhile
     * set another run id: the condition reads the draft row only, see {@link #claim}).
     */
    public boolean resetStale(long draftId, Long runId, OutputState to, Instant now) {
        String holder = runId == null ? "run_id is null" : "run_id = " + runId;
        return jdbc.sql("update draft set state = ?, run_id = null, updated_at = ?, lock_version = lock_version + 1"
                        + " where id = ? and state = 'DRAFTING' and " + holder)
                .params(to.name(), utc(now), draftId).update() == 1;
    }

    public Optional<RunStatus> find(long runId) {
        return jdbc.sql("select * from generation_run where id = ?").param(runId).query((rs, i) -> status(rs)).optional();
    }

    /** The newest run of an article that includes {@code output}. */
    public Optional<RunStatus> latest(long articleId, Output output) {
        return jdbc.sql("""
                select r.* from generation_run r join generation_run_output o on o.run_id = r.id
                where r.article_id = ? and o.output_key = ? order by r.id desc fetch first 1 rows only""")
                .params(articleId, output.key()).query((rs, i) -> status(rs)).optional();
    }

    /** Active runs of an article (at most one per output). */
    public List<RunStatus> active(long articleId) {
        return jdbc.sql("select * from generation_run where article_id = ? and state in " + ACTIVE + " order by id")
                .param(articleId).query((rs, i) -> status(rs)).list();
    }

    private RunStatus status(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<Output, RunStatus.OutputProgress> perOutput = new java.util.LinkedHashMap<>();
        jdbc.sql("select output_key, state, done, total, reason from generation_run_output where run_id = ?").param(id)
                .query(r -> {
                    Output.ofKey(r.getString(1)).ifPresent(o -> {
                        try {
                            perOutput.put(o, new RunStatus.OutputProgress(o, RunState.valueOf(r.getString(2)), r.getInt(3), r.getInt(4), r.getString(5)));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
        List<Output> outputs = Arrays.stream(rs.getString("outputs").split(",")).map(k -> Output.ofKey(k).orElseThrow()).toList();
        return new RunStatus(id, rs.getLong("article_id"), outputs, RegenerateMode.valueOf(rs.getString("mode")),
                RunState.valueOf(rs.getString("state")), rs.getString("started_by"), rs.getString("owner_node"),
                instant(rs, "lease_until"), rs.getInt("done"), rs.getInt("total"), rs.getString("reason"),
                instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "finished_at"), perOutput);
    }
}
