package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** Every H2 database writes a commit before it returns; other databases never see the setting. */
class H2DurabilityTest {

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        new H2Durability().postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }

    @Test
    void an_h2_url_gets_write_delay_zero() {
        assertThat(pool("jdbc:h2:file:/srv/transdesk/data/transdesk").getDataSourceProperties()).containsEntry("WRITE_DELAY", "0");
    }

    @Test
    void a_url_that_chooses_its_own_write_delay_and_other_databases_are_left_alone() {
        assertThat(pool("jdbc:h2:file:./data/x;WRITE_DELAY=100").getDataSourceProperties()).doesNotContainKey("WRITE_DELAY");
        assertThat(pool("jdbc:postgresql://db/transdesk").getDataSourceProperties()).doesNotContainKey("WRITE_DELAY");
    }
}
