package org.transdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on a real database built by the real Flyway migrations, with the bundled
 * samples loaded: an in-memory H2, and again on PostgreSQL in the PostgreSQL test runs
 * ({@link AlsoOnPostgres}). All such tests share one cached context: each creates its own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AlsoOnPostgres
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:integration;DB_CLOSE_DELAY=-1",
        "transdesk.export.root=target/it-exports",
        // an account from configuration, given only as a bcrypt hash (of "config-pass-123")
        "transdesk.security.users[0].username=desk.chief",
        "transdesk.security.users[0].password-hash=$2a$10$l1QF0NvdzgwsoMDhWV3NEusNlENbn25D5BMbzeGa7XyK5bQuKTMri",
        "transdesk.security.users[0].role=REVIEWER"})
public @interface IntegrationTest {
}
