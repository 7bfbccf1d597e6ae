package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Which password the app opens an embedded H2 file database with (the full starts: SecretsAtRestStartTest). */
class H2PasswordTest {

    @TempDir
    Path dir;

    @Test
    void a_new_database_is_created_with_the_generated_password_and_opened_with_it_again() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("transdesk");
        String first = open(url, "");
        String second = open(url, "");

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        assertThat(new SecretsFile(dir.resolve("db").resolve("secrets.properties")).find("h2.transdesk.password")).contains(first);
    }

    @Test
    void a_configured_password_is_used_as_it_is_and_nothing_is_written() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("transdesk");

        assertThat(open(url, "operator-chosen")).isEqualTo("operator-chosen");
        assertThat(dir.resolve("db").resolve("secrets.properties")).doesNotExist();
        try (Connection db = DriverManager.getConnection(url, "sa", "operator-chosen")) {
            assertThat(db.isValid(1)).isTrue();
        }
    }

    @Test
    void other_databases_are_left_alone() {
        for (String url : new String[] {"jdbc:h2:mem:h2-password-test", "jdbc:postgresql://127.0.0.1:1/x"}) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setPassword("");
            processed(pool, url);
            assertThat(pool.getPassword()).isEmpty();
        }
    }

    /** Opens (creating it when new) the database as the app would; returns the password used. */
    private static String open(String url, String configured) throws SQLException {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername("sa");
            pool.setPassword(configured);
            processed(pool, url);
            try (Connection c = pool.getConnection()) {
                assertThat(c.isValid(1)).isTrue();
            }
            return pool.getPassword();
        }
    }

    private static void processed(HikariDataSource pool, String url) {
        H2Password password = new H2Password();
        password.setEnvironment(new MockEnvironment().withProperty("spring.datasource.url", url));
        password.postProcessBeforeInitialization(pool, "dataSource");
    }
}
