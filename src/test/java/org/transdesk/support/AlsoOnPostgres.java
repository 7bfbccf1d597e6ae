package org.transdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs on H2 and again on PostgreSQL: {@code ./mvnw verify} runs the tests with this tag a
 * second time with {@code transdesk.test.database=postgresql} ({@link TestDatabase}). Every
 * {@link IntegrationTest} has it; other Spring tests on a database can add it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(TestDatabase.class)
public @interface AlsoOnPostgres {
}
