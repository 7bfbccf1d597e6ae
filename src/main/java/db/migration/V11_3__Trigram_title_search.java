package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, trigram indexes (pg_trgm) for the library search, so that its "title or slug contains"
 * query ({@code lower(title) like '%word%'}) is answered from an index instead of reading every
 * article: the same query, the same results, on H2 the same path as before. In Java because only
 * PostgreSQL has the extension, and because a role that may not create it (pg_trgm is a trusted
 * extension, so the database owner may; a managed service may say no) must not stop the upgrade: then
 * the search keeps working without the index, and the log says how to add it.
 */
public class V11_3__Trigram_title_search extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V11_3__Trigram_title_search.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        Savepoint beforeExtension = connection.setSavepoint();
        String schema;
        try (Statement statement = connection.createStatement()) {
            // in public when it is new, so that no application schema owns it (dropping one would drop it)
            statement.execute("create extension if not exists pg_trgm with schema public");
            schema = extensionSchema(statement);
        } catch (SQLException e) {
            connection.rollback(beforeExtension);
            log.warn("The library search runs without trigram indexes: this database role may not create the pg_trgm extension ({}). "
                    + "To add them, run `create extension pg_trgm` as a superuser and then: {}", e.getMessage(),
                    indexes("public").replace('\n', ' '));
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String index : indexes(schema).split("\n")) {
                statement.execute(index);
            }
        }
    }

    /** The extension may already live in another schema (it is one per database): its operator classes are named there. */
    private static String extensionSchema(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String indexes(String schema) {
        String ops = '"' + schema.replace("\"", "\"\"") + "\".gin_trgm_ops";
        return "create index article_title_trigram on article using gin (lower(title) " + ops + ");\n"
                + "create index article_slug_trigram on article using gin (slug " + ops + ");";
    }
}
