package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * finding_dismissal on H2 when the connection that ran the migrations is gone, as in a long-running app whose
 * pool retired it: H2 2.4.240 failed V22_1's {@code state in (...)} check then with "Check constraint invalid …
 * The database has been closed" (h2database issues #4302, #4308; {@code state = … or state = …} fails the same),
 * and a full test run refused a reviewer's dismissal with it. The state is the repository's to keep right.
 */
class DismissalCheckConstraintTest {

    static final String URL = "jdbc:h2:mem:dismissal-check;DB_CLOSE_DELAY=-1";

    @Test
    void a_dismissal_is_stored_after_the_migrating_connection_closed() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").load().migrate(); // its connection is closed when it returns
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.execute("""
                    insert into article (slug, title, source_lang, source_revision, created_by, created_at)
                    values ('check-story', 'Check story', 'en', 1, 'ed', current_timestamp)""");
            assertThat(s.executeUpdate(insert("DISMISSED", "a"))).isEqualTo(1);
            assertThat(s.executeUpdate(insert("PROPOSED", "b"))).isEqualTo(1);
            assertThatThrownBy(() -> s.executeUpdate(insert("PROPOSED", "b"))).as("once per finding and text")
                    .isInstanceOf(SQLException.class).hasMessageContaining("FINDING_DISMISSAL_ONCE");
        }
    }

    private static String insert(String state, String findingHash) {
        return """
                insert into finding_dismissal (article_id, output_key, segment, check_id, severity, message, finding_hash, text_hash,
                  reason, state, proposed_by, proposed_at)
                values ((select id from article where slug = 'check-story'), 'ru', 1, 'numbers', 'ERROR', 'm', '%s', 't', 'why', '%s',
                  'ed', current_timestamp)""".formatted(findingHash, state);
    }
}
