package org.transdesk.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.transdesk.support.AlsoOnPostgres;

/**
 * The REST API over real HTTP on a random port, with the demo accounts (editor, reviewer, admin)
 * and a configured public address. All such tests share one application context: each creates
 * its own articles and tokens. Run again on PostgreSQL in {@code ./mvnw verify} ({@link AlsoOnPostgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.export.root=target/test-exports",
        "transdesk.public-url=" + ApiHttpTest.PUBLIC_URL})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AlsoOnPostgres
public @interface ApiHttpTest {

    String PUBLIC_URL = "https://transdesk.example.org";
}
