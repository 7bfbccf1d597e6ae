package org.transdesk.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.analytics.PostEditFigure;
import org.transdesk.article.Output;

/** post_edit_figure: one row per approved version, written once. */
@Repository
public class FigureStore {

    private final JdbcClient jdbc;

    FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean has(long versionId) {
        return jdbc.sql("select count(*) from post_edit_figure where version_id = ?").param(versionId).query(Integer.class).single() > 0;
    }

    /** Stores the figure unless the version has one already (a retried event, two nodes backfilling); true when stored. */
    public boolean saveIfAbsent(PostEditFigure f) {
        if (has(f.versionId())) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into post_edit_figure (version_id, article_id, output_key, language, number, engine, engine_label, model,
                      approved_by, approved_at, drafted_at, paragraphs, edited_paragraphs, chrf, word_edits, approved_words,
                      estimated_cost, computed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(f.versionId(), f.articleId(), f.output().key(), f.language(), f.number(), f.engine(), f.engineLabel(), f.model(),
                            f.approvedBy(), Timestamp.from(f.approvedAt()), f.draftedAt() == null ? null : Timestamp.from(f.draftedAt()),
                            f.paragraphs(), f.editedParagraphs(), f.chrf(), f.wordEdits(), f.approvedWords(), f.estimatedCost(),
                            Timestamp.from(Instant.now()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Figures approved in {@code month} (UTC), or all when null, oldest first. */
    public List<PostEditFigure> figures(YearMonth month) {
        if (month == null) {
            return jdbc.sql("select * from post_edit_figure order by approved_at, version_id").query((rs, i) -> figure(rs)).list();
        }
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return jdbc.sql("select * from post_edit_figure where approved_at >= ? and approved_at < ? order by approved_at, version_id")
                .params(Timestamp.from(from), Timestamp.from(to)).query((rs, i) -> figure(rs)).list();
    }

    /** Months (UTC) with approvals, newest first. */
    public List<YearMonth> months() {
        return jdbc.sql("select approved_at from post_edit_figure").query((rs, i) -> rs.getTimestamp(1).toInstant()).list().stream()
                .map(at -> YearMonth.from(at.atOffset(ZoneOffset.UTC))).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static PostEditFigure figure(ResultSet rs) throws SQLException {
        Timestamp drafted = rs.getTimestamp("drafted_at");
        return new PostEditFigure(rs.getLong("version_id"), rs.getLong("article_id"), Output.ofKey(rs.getString("output_key")).orElseThrow(),
                rs.getString("language"), rs.getInt("number"), rs.getString("engine"), rs.getString("engine_label"), rs.getString("model"),
                rs.getString("approved_by"), rs.getTimestamp("approved_at").toInstant(), drafted == null ? null : drafted.toInstant(),
                rs.getInt("paragraphs"), rs.getInt("edited_paragraphs"), rs.getDouble("chrf"), rs.getInt("word_edits"),
                rs.getInt("approved_words"), rs.getBigDecimal("estimated_cost"));
    }
}
