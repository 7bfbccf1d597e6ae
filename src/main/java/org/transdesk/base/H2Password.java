package org.transdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * An embedded H2 file database gets a password: the default configuration named user {@code sa} with
 * an empty one, so anyone who could reach the file (or a copy of it) opened it with H2's own tools.
 * When no {@code spring.datasource.password} is configured:
 * <ul>
 * <li>a <b>new</b> database file is created with a random password, kept in the app's secrets file
 * ({@link SecretsFile}, owner-only) as {@code h2.<name>.password}, and that password is used from then
 * on — by the app and by the command line ({@code translate}), which open the same file with the same
 * configuration;</li>
 * <li>an <b>existing</b> database with a password in the secrets file is opened with it;</li>
 * <li>an existing database without one was created by an older version with the empty password: it is
 * opened as before, and the log says how to give it a password (docs/security.md).</li>
 * </ul>
 * A configured password is always used as it is (nothing is written); other databases are left alone.
 */
@Component
class H2Password implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(H2Password.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && (pool.getPassword() == null || pool.getPassword().isEmpty())) {
            H2FilePermissions.databaseFile(pool.getJdbcUrl()).ifPresent(database -> password(database, SecretsFile.of(environment))
                    .ifPresent(pool::setPassword));
        }
        return bean;
    }

    /** The password to open {@code database} with when none is configured; empty for an older database that has none. */
    static java.util.Optional<String> password(Path database, SecretsFile secrets) {
        String entry = entryName(database);
        java.util.Optional<String> stored = secrets.find(entry);
        if (stored.isPresent()) {
            return stored;
        }
        if (exists(database)) {
            log.warn("The H2 database {} has no password (it was created by an older version, whose default was user sa with an"
                    + " empty password); it is opened as before. To give it one: docs/security.md, 'Database password'", database);
            return java.util.Optional.empty();
        }
        SecretsFile.Entry created = secrets.getOrCreate(entry, () -> SecretsFile.random(24));
        if (created.created()) {
            log.info("The new H2 database {} is created with a random password, kept as {} in {} (readable by the app's user only)",
                    database, entry, secrets.path());
        }
        return java.util.Optional.of(created.value());
    }

    /** {@code h2.<file name>.password}: databases side by side in one directory have one each. */
    static String entryName(Path database) {
        return "h2." + database.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_") + ".password";
    }

    /** H2 2's file ({@code .mv.db}), or the old page store's ({@code .h2.db}). */
    private static boolean exists(Path database) {
        return Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))
                || Files.exists(database.resolveSibling(database.getFileName() + ".h2.db"));
    }
}
