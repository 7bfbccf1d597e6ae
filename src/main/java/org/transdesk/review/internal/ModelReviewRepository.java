package org.transdesk.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.base.Phrase;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.ModelReviewRun;

/** model_review and model_review_finding: the last model review of each draft and what it found. */
@Repository
public class ModelReviewRepository {

    /** A stored review as read back. */
    public record Stored(long id, DraftProvenance provenance, int reviewedParagraphs, String stopped, String reviewedBy,
                         Instant reviewedAt, List<Row> rows) {
    }

    /** An issue (category and severity set) or a failed paragraph (both null), with the hash of the text it was about. */
    public record Row(int segment, String textHash, String category, String severity, int start, int end, String explanation) {

        public boolean failure() {
            return category == null;
        }
    }

    private final JdbcClient jdbc;

    ModelReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the run as the draft's review, replacing the one before. */
    public void replace(long draftId, ModelReviewRun run, String user) {
        List<Long> old = jdbc.sql("select id from model_review where draft_id = ?").param(draftId).query(Long.class).list();
        for (long id : old) {
            jdbc.sql("delete from model_review_finding where review_id = ?").param(id).update();
            jdbc.sql("delete from model_review where id = ?").param(id).update();
        }
        DraftProvenance p = run.provenance();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_review (draft_id, engine, engine_label, model, prompt_version, prompt_tokens, completion_tokens,
                  latency_ms, estimated_cost, reviewed_paragraphs, stopped, reviewed_by, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draftId, clip(p.engine(), 64), clip(p.engineLabel(), 500), clip(p.model(), 200), clip(p.promptVersion(), 64),
                        p.promptTokens(), p.completionTokens(), p.latencyMs(), p.estimatedCost(), run.reviewedTexts().size(),
                        kept(run.stopped()), clip(user, 64), Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (ModelReviewRun.Issue issue : run.issues()) {
            insertRow(id, new Row(issue.segment(), hash(run.reviewedTexts().get(issue.segment())), issue.category(), issue.severity(),
                    issue.start(), issue.end(), issue.explanation()));
        }
        for (Map.Entry<Integer, Phrase> failed : run.failed().entrySet()) {
            insertRow(id, new Row(failed.getKey(), hash(run.reviewedTexts().getOrDefault(failed.getKey(), "")), null, null, -1, -1,
                    kept(failed.getValue())));
        }
    }

    private void insertRow(long reviewId, Row row) {
        jdbc.sql("""
                insert into model_review_finding (review_id, segment, text_hash, category, severity, span_start, span_end, explanation)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reviewId, row.segment(), row.textHash(), row.category(), row.severity(), row.start(), row.end(),
                        clip(row.explanation() == null ? "" : row.explanation(), 2000))
                .update();
    }

    public Optional<Stored> latest(long draftId) {
        return jdbc.sql("select * from model_review where draft_id = ? order by id desc").param(draftId)
                .query((rs, i) -> new Stored(rs.getLong("id"), new DraftProvenance(rs.getString("engine"), rs.getString("engine_label"),
                        rs.getString("model"), rs.getString("prompt_version"), null, rs.getLong("prompt_tokens"),
                        rs.getLong("completion_tokens"), rs.getLong("latency_ms"), rs.getBigDecimal("estimated_cost")),
                        rs.getInt("reviewed_paragraphs"), rs.getString("stopped"), rs.getString("reviewed_by"),
                        rs.getTimestamp("reviewed_at").toInstant(), List.of()))
                .optional()
                .map(s -> new Stored(s.id(), s.provenance(), s.reviewedParagraphs(), s.stopped(), s.reviewedBy(), s.reviewedAt(),
                        rows(s.id())));
    }

    private List<Row> rows(long reviewId) {
        return jdbc.sql("select * from model_review_finding where review_id = ? order by segment, id").param(reviewId)
                .query((rs, i) -> new Row(rs.getInt("segment"), rs.getString("text_hash"), rs.getString("category"),
                        rs.getString("severity"), rs.getInt("span_start"), rs.getInt("span_end"), rs.getString("explanation")))
                .list();
    }

    /** The hash a finding keeps of the paragraph text it is about. */
    public static String hash(String text) {
        return ContentHash.of(List.of(text == null ? "" : text));
    }

    /**
     * A sentence kept in a text column (stopped, a failed paragraph's explanation): as its phrase ({@link Phrase#nested}),
     * so a screen says it in its language; as its English when the phrase does not fit. Rows written before read as their English.
     */
    private static String kept(Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        String nested = phrase.nested();
        return nested.length() <= 2000 ? nested : clip(phrase.english(), 2000);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
