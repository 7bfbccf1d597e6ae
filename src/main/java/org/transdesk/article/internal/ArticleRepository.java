package org.transdesk.article.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.LibraryQuery;
import org.transdesk.article.ParsedArticle;
import org.transdesk.inline.CodeTable;
import org.transdesk.inline.InlineCode;

/** The article and paragraph tables. */
@Repository
public class ArticleRepository {

    private static final String LISTING = """
            select a.id, a.slug, a.title, a.published_on, a.source_lang, a.created_by, a.created_at, a.archived_at,
                   (select count(*) from paragraph p where p.article_id = a.id) as paragraphs
            from article a""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ArticleRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(ParsedArticle parsed, String slug, String language, String fileName, String author, String textHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into article (slug, title, published_on, source_lang, source_revision, file_name, created_by, created_at, text_hash)
                values (?, ?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(slug, parsed.title(), parsed.publishedOn() == null ? null : Date.valueOf(parsed.publishedOn()),
                        language, fileName, author, Timestamp.from(Instant.now()), textHash)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<String> paragraphs = parsed.paragraphs();
        List<Integer> positions = java.util.stream.IntStream.rangeClosed(1, paragraphs.size()).boxed().toList();
        template.batchUpdate("insert into paragraph (article_id, position, text, codes) values (?, ?, ?, ?)", positions, 500,
                (ps, position) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, position);
                    ps.setString(3, paragraphs.get(position - 1));
                    ps.setString(4, CodeTable.encode(parsed.codes(position - 1)));
                });
        return id;
    }

    public boolean slugExists(String slug) {
        return jdbc.sql("select count(*) from article where slug = ?").param(slug).query(Integer.class).single() > 0;
    }

    /** The oldest article still in the library (archived included) with this title and date, or this text. */
    public Optional<ArticleListing> duplicateOf(String title, java.time.LocalDate publishedOn, String textHash) {
        String sameDate = publishedOn == null ? "a.published_on is null" : "a.published_on = ?";
        List<Object> params = new ArrayList<>();
        params.add(title.strip().toLowerCase());
        if (publishedOn != null) {
            params.add(Date.valueOf(publishedOn));
        }
        params.add(textHash);
        return jdbc.sql(LISTING + " where a.deleted_at is null and ((lower(a.title) = ? and " + sameDate + ") or a.text_hash = ?)"
                        + " order by a.created_at, a.id fetch first 1 rows only")
                .params(params).query((rs, i) -> listing(rs)).optional();
    }

    public void archive(long id, String by) {
        jdbc.sql("update article set archived_at = ?, archived_by = ? where id = ?")
                .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), by, id).update();
    }

    public boolean isArchived(long id) {
        return jdbc.sql("select count(*) from article where id = ? and archived_at is not null").param(id).query(Integer.class).single() > 0;
    }

    public void restore(long id) {
        jdbc.sql("update article set archived_at = null, archived_by = null where id = ?").param(id).update();
    }

    /** The article leaves the library for good; with {@code keepRow}, its row stays for the approved versions that refer to it. */
    public void delete(long id, boolean keepRow) {
        jdbc.sql("delete from paragraph where article_id = ?").param(id).update();
        jdbc.sql("delete from article_output where article_id = ?").param(id).update();
        if (keepRow) {
            jdbc.sql("update article set deleted_at = ? where id = ?").params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), id).update();
        } else {
            jdbc.sql("delete from article where id = ?").param(id).update();
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    /** Newest first; with {@code after}, only the rows that come after that one in this order. */
    public List<ArticleListing> list(String search, ArticleListing.Position after, int limit) {
        String like = "%" + (search == null ? "" : search.strip().toLowerCase()) + "%";
        if (after == null) {
            return jdbc.sql(LISTING + " where (lower(a.title) like ? or a.slug like ?) and a.archived_at is null and a.deleted_at is null order by a.created_at desc, a.id desc fetch first ? rows only")
                    .params(like, like, limit)
                    .query((rs, i) -> listing(rs))
                    .list();
        }
        Timestamp createdAt = Timestamp.from(after.createdAt());
        return jdbc.sql(LISTING + " where (lower(a.title) like ? or a.slug like ?) and a.archived_at is null and a.deleted_at is null"
                        + " and (a.created_at < ? or (a.created_at = ? and a.id < ?))"
                        + " order by a.created_at desc, a.id desc fetch first ? rows only")
                .params(like, like, createdAt, createdAt, after.id(), limit)
                .query((rs, i) -> listing(rs))
                .list();
    }

    /** One page of the library, newest first, by offset: the grid asks for the rows it shows. */
    public List<ArticleListing> page(LibraryQuery query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(offset);
        params.add(limit);
        return jdbc.sql(LISTING + where + " order by a.created_at desc, a.id desc offset ? rows fetch next ? rows only")
                .params(params).query((rs, i) -> listing(rs)).list();
    }

    public int count(LibraryQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return jdbc.sql("select count(*) from article a" + where).params(params).query(Integer.class).single();
    }

    private static String where(LibraryQuery query, List<Object> params) {
        String like = "%" + query.search().toLowerCase() + "%";
        StringBuilder where = new StringBuilder(" where (lower(a.title) like ? or a.slug like ?) and a.deleted_at is null and a.archived_at is "
                + (query.archived() ? "not null" : "null"));
        params.add(like);
        params.add(like);
        if (query.only() != null) {
            if (query.only().isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and a.id in (").append(marks(query.only().size())).append(")");
                params.addAll(query.only());
            }
        }
        if (!query.except().isEmpty()) {
            where.append(" and a.id not in (").append(marks(query.except().size())).append(")");
            params.addAll(query.except());
        }
        return where.toString();
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    public Optional<Article> find(long id) {
        List<String> paragraphs = new ArrayList<>();
        List<List<InlineCode>> codes = new ArrayList<>();
        jdbc.sql("select text, codes from paragraph where article_id = ? order by position").param(id).query(rs -> {
            paragraphs.add(rs.getString("text"));
            codes.add(CodeTable.decode(rs.getString("codes")));
        });
        return jdbc.sql("select * from article where id = ? and deleted_at is null").param(id)
                .query((rs, i) -> new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getDate("published_on") == null ? null : rs.getDate("published_on").toLocalDate(),
                        rs.getString("source_lang"), rs.getInt("source_revision"), rs.getString("file_name"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), paragraphs, codes))
                .optional();
    }

    private static ArticleListing listing(ResultSet rs) throws SQLException {
        return new ArticleListing(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getDate("published_on") == null ? null : rs.getDate("published_on").toLocalDate(),
                rs.getString("source_lang"), rs.getInt("paragraphs"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("archived_at") == null ? null : rs.getTimestamp("archived_at").toInstant());
    }
}
