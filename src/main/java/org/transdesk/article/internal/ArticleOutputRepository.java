package org.transdesk.article.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code article_output} table: an article's own decisions against the configured outputs (key → included). */
@Repository
public class ArticleOutputRepository {

    private final JdbcClient jdbc;

    ArticleOutputRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per article, its decided output keys and whether each is included; articles without decisions are absent. */
    public Map<Long, Map<String, Boolean>> decisions(Collection<Long> articleIds) {
        Map<Long, Map<String, Boolean>> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        String in = String.join(",", articleIds.stream().map(id -> "?").toList());
        jdbc.sql("select article_id, output_key, included from article_output where article_id in (" + in + ")")
                .params(List.copyOf(articleIds))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
                });
        return out;
    }

    /** The articles that dropped this output. */
    public java.util.Set<Long> droppedBy(String outputKey) {
        return java.util.Set.copyOf(jdbc.sql("select article_id from article_output where output_key = ? and included = false")
                .param(outputKey).query(Long.class).list());
    }

    public void decide(long articleId, String outputKey, boolean included, String by) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update article_output set included = ?, decided_by = ?, decided_at = ? where article_id = ? and output_key = ?")
                .params(included, by, now, articleId, outputKey).update();
        if (updated == 0) {
            jdbc.sql("insert into article_output (article_id, output_key, included, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                    .params(articleId, outputKey, included, by, now).update();
        }
    }

    public void deleteAll(long articleId) {
        jdbc.sql("delete from article_output where article_id = ?").param(articleId).update();
    }
}
