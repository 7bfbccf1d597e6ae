package org.transdesk.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Plays a node whose JVM runs in another time zone: sets the JVM's default zone and makes the
 * database sessions open anew in it (H2 keeps the JVM's zone for new sessions until told; a pooled
 * session keeps the zone it opened in), then puts both back.
 */
public final class JvmZone {

    private JvmZone() {
    }

    public static <T> T in(ZoneId zone, Supplier<T> action, DataSource... pools) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        reopenSessions(pools);
        try {
            return action.get();
        } finally {
            TimeZone.setDefault(before);
            reopenSessions(pools);
        }
    }

    public static void in(ZoneId zone, Runnable action, DataSource... pools) {
        in(zone, () -> {
            action.run();
            return null;
        }, pools);
    }

    private static void reopenSessions(DataSource... pools) {
        org.h2.util.DateTimeUtils.resetCalendar();
        for (DataSource pool : pools) {
            try {
                if (pool.isWrapperFor(HikariDataSource.class)) {
                    pool.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
