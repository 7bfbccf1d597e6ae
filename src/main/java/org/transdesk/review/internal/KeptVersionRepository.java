package org.transdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Output;
import org.transdesk.review.KeptVersion;

/** Reads approved versions whose article row is marked deleted (article.deleted_at, V21_1). */
@Repository
public class KeptVersionRepository {

    private static final String KEPT = """
            select v.id, v.article_id, v.output_key, v.number, v.approved_by, v.approved_at, v.content_hash,
                   a.title, a.slug, a.source_lang, a.deleted_at
            from approved_version v join article a on a.id = v.article_id
            where a.deleted_at is not null""";

    private final JdbcClient jdbc;

    KeptVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<KeptVersion> ofDeletedArticles() {
        return jdbc.sql(KEPT + " order by a.deleted_at desc, a.id desc, v.output_key, v.number desc").query((rs, i) -> kept(rs)).list();
    }

    public Optional<List<String>> paragraphs(long versionId) {
        boolean kept = jdbc.sql(KEPT + " and v.id = ?").param(versionId).query((rs, i) -> rs.getLong("id")).optional().isPresent();
        if (!kept) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select text from approved_segment where version_id = ? order by position")
                .param(versionId).query(String.class).list());
    }

    private static KeptVersion kept(ResultSet rs) throws SQLException {
        String key = rs.getString("output_key");
        String source = rs.getString("source_lang");
        String language = Output.ofKey(key).map(o -> o.isTranslation() ? o.language(source) : source).orElse(source);
        return new KeptVersion(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"), rs.getString("slug"),
                rs.getTimestamp("deleted_at").toInstant(), key, language, rs.getInt("number"), rs.getString("approved_by"),
                rs.getTimestamp("approved_at").toInstant(), rs.getString("content_hash"));
    }
}
