package org.transdesk.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.transdesk.support.AlsoOnPostgres;

/**
 * The real application on an in-memory H2 (and on PostgreSQL in its test runs) with the real migrations, four-eyes on. One shared
 * configuration, so every review test class reuses the same Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AlsoOnPostgres
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:review-tests;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.review.four-eyes=true"})
public @interface ReviewIntegrationTest {
}
