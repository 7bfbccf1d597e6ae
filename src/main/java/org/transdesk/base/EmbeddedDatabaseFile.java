package org.transdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database file, for work on the file itself. H2 keeps old versions of changed rows in
 * unused pages of its file until it reuses them: a value overwritten in place (a provider key an older
 * version stored in plain text, now encrypted) could still be read with {@code strings} from the file.
 * {@link #rewrite} writes a fresh file with only the live rows. Other databases need nothing
 * (PostgreSQL's dumps hold only live rows; VACUUM reclaims the rest).
 */
@Component
public class EmbeddedDatabaseFile {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFile.class);

    /** H2's {@code ErrorCode.DATABASE_CALLED_AT_SHUTDOWN}: "Database is already closed" (H2 is a runtime dependency only). */
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;

    private final DataSource dataSource;

    EmbeddedDatabaseFile(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * On an embedded H2 file database: closes the database with {@code SHUTDOWN COMPACT}, which rewrites
     * its file with the live rows only, and has the pool open new connections. For start-up, before any
     * request is served: connections in use at that moment are closed too. Returns whether it did.
     */
    public boolean rewrite(String why) {
        if (!(dataSource instanceof HikariDataSource pool) || H2FilePermissions.databaseFile(pool.getJdbcUrl()).isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_CALLED_AT_SHUTDOWN) {
                // the shutdown closed the session that asked for it: done
                return rewritten(pool, why, started);
            }
            log.warn("Could not rewrite the H2 database file ({}): {}", why, e.getMessage());
            return false;
        } finally {
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
        return rewritten(pool, why, started);
    }

    private static boolean rewritten(HikariDataSource pool, String why, long started) {
        log.info("Rewrote the H2 database file {} in {} ms: {}", H2FilePermissions.databaseFile(pool.getJdbcUrl()).orElseThrow(),
                (System.nanoTime() - started) / 1_000_000, why);
        return true;
    }
}
