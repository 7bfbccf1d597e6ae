package org.transdesk.memory.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.memory.LearningReport;
import org.transdesk.memory.SkipReason;

/** The tm_learning and tm_learning_skip tables: one report per approved version. */
@Repository
public class LearningReports {

    private final JdbcClient jdbc;

    LearningReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the report, replacing one from an earlier run of the same learning (a retry). */
    public void save(LearningReport r) {
        jdbc.sql("delete from tm_learning where article_id = ? and output_key = ? and version_number = ?")
                .params(r.articleId(), r.output(), r.version()).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into tm_learning (article_id, output_key, version_number, approved_by, learned_at, learned_paragraphs,
                learned_sentences, added_units, refreshed_units) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.articleId(), r.output(), r.version(), r.approvedBy(), OffsetDateTime.ofInstant(r.learnedAt(), ZoneOffset.UTC),
                        r.learnedParagraphs(), r.learnedSentences(), r.addedUnits(), r.refreshedUnits())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (LearningReport.Skipped s : r.skipped()) {
            String detail = s.detail() == null || s.detail().length() <= 500 ? s.detail() : s.detail().substring(0, 500);
            jdbc.sql("insert into tm_learning_skip (learning_id, paragraph, sentence, reason, detail) values (?, ?, ?, ?, ?)")
                    .params(id, s.paragraph(), s.sentence(), s.reason().name(), detail).update();
        }
    }

    public Optional<LearningReport> find(long articleId, String output, int version) {
        return query(" where article_id = ? and output_key = ? and version_number = ?", List.of(articleId, output, version), 1).stream().findFirst();
    }

    public List<LearningReport> recent(int limit) {
        return query("", List.of(), limit);
    }

    private record Head(long id, long articleId, String output, int version, String approvedBy, OffsetDateTime at,
                        int paragraphs, int sentences, int added, int refreshed) {
    }

    private List<LearningReport> query(String where, List<Object> params, int limit) {
        List<Head> heads = jdbc.sql("select * from tm_learning" + where + " order by learned_at desc, id desc fetch first " + limit + " rows only")
                .params(params)
                .query((rs, i) -> new Head(rs.getLong("id"), rs.getLong("article_id"), rs.getString("output_key"), rs.getInt("version_number"),
                        rs.getString("approved_by"), rs.getObject("learned_at", OffsetDateTime.class), rs.getInt("learned_paragraphs"),
                        rs.getInt("learned_sentences"), rs.getInt("added_units"), rs.getInt("refreshed_units")))
                .list();
        Map<Long, List<LearningReport.Skipped>> skipped = new HashMap<>();
        for (Head h : heads) {
            skipped.put(h.id(), jdbc.sql("select * from tm_learning_skip where learning_id = ? order by paragraph, sentence").param(h.id())
                    .query((rs, i) -> new LearningReport.Skipped(rs.getInt("paragraph"), rs.getInt("sentence"),
                            SkipReason.valueOf(rs.getString("reason")), rs.getString("detail")))
                    .list());
        }
        return heads.stream().map(h -> new LearningReport(h.articleId(), h.output(), h.version(), h.approvedBy(), h.at().toInstant(),
                h.paragraphs(), h.sentences(), h.added(), h.refreshed(), skipped.get(h.id()))).toList();
    }
}
