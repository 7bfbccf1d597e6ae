package org.transdesk.support;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL test runs, points every application the tests start at PostgreSQL instead of the
 * H2 database its properties name (see {@link TestDatabase}). Runs after the configuration files and
 * test properties are read, and wins over them.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (!TestDatabase.postgres() || url == null || !url.startsWith("jdbc:h2:")) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("transdesk-test-postgres", Map.of(
                "spring.datasource.url", TestDatabase.postgresUrlFor(url),
                "spring.datasource.username", TestDatabase.USER,
                "spring.datasource.password", TestDatabase.PASSWORD)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
