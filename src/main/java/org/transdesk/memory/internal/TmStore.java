package org.transdesk.memory.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.TextKey;
import org.transdesk.memory.TranslationUnit;

/** The tm_unit table. */
@Repository
public class TmStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FuzzyMemoryIndex fuzzyIndex;

    TmStore(JdbcClient jdbc, JdbcTemplate template, FuzzyMemoryIndex fuzzyIndex) {
        this.jdbc = jdbc;
        this.template = template;
        this.fuzzyIndex = fuzzyIndex;
    }

    public Optional<MemoryMatch> newest(String key, String sourceLang, String targetLang) {
        return jdbc.sql("""
                select source_text, target_text, origin from tm_unit
                where source_key = ? and source_lang = ? and target_lang = ?
                order by id desc fetch first 1 rows only""")
                .params(key, sourceLang, targetLang)
                .query((rs, i) -> new MemoryMatch(rs.getString(1), rs.getString(2), 100, rs.getString(3)))
                .optional();
    }

    /** Inserts in batches of 1000 and hands the new rows (with their ids) to the fuzzy index. */
    public int insertAll(Collection<TranslationUnit> units) {
        Timestamp now = Timestamp.from(Instant.now());
        List<TranslationUnit> rows = new ArrayList<>(units);
        List<IndexedUnit> inserted = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += 1000) {
            List<TranslationUnit> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            KeyHolder keys = new GeneratedKeyHolder();
            template.batchUpdate(con -> con.prepareStatement("""
                    insert into tm_unit (source_lang, target_lang, source_key, source_text, target_text, segment, origin, article_id, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}), new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    setRow(ps, chunk.get(i), now);
                }

                @Override
                public int getBatchSize() {
                    return chunk.size();
                }
            }, keys);
            List<Map<String, Object>> ids = keys.getKeyList();
            for (int i = 0; i < chunk.size(); i++) {
                TranslationUnit u = chunk.get(i);
                long id = ((Number) ids.get(i).values().iterator().next()).longValue();
                inserted.add(new IndexedUnit(id, u.sourceLang(), u.targetLang(), u.sourceText(), u.targetText(), u.origin()));
            }
        }
        fuzzyIndex.addCommitted(inserted);
        return rows.size();
    }

    private static void setRow(PreparedStatement ps, TranslationUnit u, Timestamp now) throws SQLException {
        ps.setString(1, u.sourceLang());
        ps.setString(2, u.targetLang());
        ps.setString(3, TextKey.of(u.sourceText()));
        ps.setString(4, u.sourceText());
        ps.setString(5, u.targetText());
        ps.setString(6, u.segment());
        ps.setString(7, u.origin());
        ps.setObject(8, u.articleId());
        ps.setTimestamp(9, now);
    }

    public List<TranslationUnit> all(String sourceLang) {
        return jdbc.sql("select source_lang, target_lang, source_text, target_text, segment, origin, article_id from tm_unit where source_lang = ? order by id")
                .param(sourceLang)
                .query((rs, i) -> new TranslationUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Long) rs.getObject(7, Long.class)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from tm_unit").query(Long.class).single();
    }
}
