package org.transdesk.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until some session of the test's database waits for a lock another holds: the moment a
 * concurrent writer is known to be blocked, without guessing with a sleep.
 */
public final class LockWaits {

    private LockWaits() {
    }

    public static void awaitABlockedSession(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> blockedSessions(jdbc) > 0);
    }

    static int blockedSessions(JdbcClient jdbc) {
        if (TestDatabase.postgres()) {
            // only this test JVM's sessions: other runs may share the cluster
            return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and application_name = ?")
                    .param(TestDatabase.APPLICATION_NAME).query(Integer.class).single();
        }
        // H2 shows a row-lock wait as BLOCKED, but a wait on another transaction's uncommitted unique key only as a
        // statement still running: counted once it has run for 200 ms
        return jdbc.sql("""
                select count(*) from information_schema.sessions where session_state = 'BLOCKED'
                   or (session_id <> session_id() and executing_statement is not null
                       and executing_statement_start < current_timestamp - interval '0.2' second)""").query(Integer.class).single();
    }
}
