package org.transdesk.generation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.transdesk.support.AlsoOnPostgres;

/**
 * The application with {@link ScriptedLanguageModels} instead of the real engines, and short
 * heartbeats and leases, so run tests (cancel, leases, failures) take seconds. One shared context.
 * Leases and claims are conditional updates: the tests run on PostgreSQL too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AlsoOnPostgres
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:generation-runs;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.node-id=test-node-1",
        "transdesk.generation.heartbeat=50ms",
        "transdesk.generation.lease=3s",
        "transdesk.generation.lease-renew=500ms",
        "transdesk.generation.reset-stale-runs=false"})
@Import(ScriptedLanguageModels.Config.class)
public @interface ScriptedRunTest {
}
