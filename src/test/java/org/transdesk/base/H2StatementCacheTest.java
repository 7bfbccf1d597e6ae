package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.TestDatabase;

/** The running H2 database keeps 128 parsed statements per connection, not H2's default 8; another database never sees that setting. */
@IntegrationTest
class H2StatementCacheTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theH2ConnectionsCacheTheAppsStatements() throws Exception {
        if (TestDatabase.postgres()) {
            assertThat(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties()).doesNotContainKey("QUERY_CACHE_SIZE");
            return;
        }
        String size = jdbc.sql("select setting_value from information_schema.settings where setting_name = 'QUERY_CACHE_SIZE'")
                .query(String.class).single();

        assertThat(Integer.parseInt(size)).isEqualTo(H2StatementCache.STATEMENTS_PER_CONNECTION);
    }
}
