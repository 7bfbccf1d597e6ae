package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.support.AlsoOnPostgres;
import org.transdesk.support.JvmZone;
import org.transdesk.support.TestDatabase;

/**
 * Upgrading a database written before V11 (times stored as the node's wall-clock time): every time
 * keeps its instant when the upgrade runs in the zone the node ran in, and columns stay NOT NULL.
 */
@AlsoOnPostgres
class TimestampMigrationTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void a_time_written_by_a_node_at_utc_plus_7_before_the_upgrade_keeps_its_instant() {
        DataSource db = TestDatabase.dataSource("timestamp-upgrade");
        JdbcClient jdbc = JdbcClient.create(db);
        Instant approved = Instant.parse("2026-03-01T02:30:00Z");

        JvmZone.in(HANOI, () -> {
            migrate(db, "5");
            // as the code before V11 wrote it: a java.sql.Timestamp into a timestamp without time zone
            jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at) values ('linh', 'x', 'EDITOR', true, ?)")
                    .param(Timestamp.from(approved)).update();
            migrate(db, null);
        });

        OffsetDateTime readAtUtc = JvmZone.in(ZoneOffset.UTC, () -> jdbc.sql("select created_at from app_user where username = 'linh'")
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).single());
        assertThat(readAtUtc.toInstant()).isEqualTo(approved);
        assertThatThrownBy(() -> jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at) values ('nam', 'x', 'EDITOR', true, null)").update())
                .as("created_at stays NOT NULL").isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void migrate(DataSource db, String target) {
        var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        (target == null ? config : config.target(target)).load().migrate();
    }
}
