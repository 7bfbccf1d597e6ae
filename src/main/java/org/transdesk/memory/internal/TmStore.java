package org.transdesk.memory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.TextKey;
import org.transdesk.memory.TranslationUnit;

/** The tm_unit table. */
@Repository
public class TmStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TmStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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

    public int insertAll(Collection<TranslationUnit> units) {
        Timestamp now = Timestamp.from(Instant.now());
        var rows = new ArrayList<>(units);
        template.batchUpdate("""
                insert into tm_unit (source_lang, target_lang, source_key, source_text, target_text, segment, origin, article_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, u) -> {
            ps.setString(1, u.sourceLang());
            ps.setString(2, u.targetLang());
            ps.setString(3, TextKey.of(u.sourceText()));
            ps.setString(4, u.sourceText());
            ps.setString(5, u.targetText());
            ps.setString(6, u.segment());
            ps.setString(7, u.origin());
            ps.setObject(8, u.articleId());
            ps.setTimestamp(9, now);
        });
        return rows.size();
    }

    public long count() {
        return jdbc.sql("select count(*) from tm_unit").query(Long.class).single();
    }
}
