package org.transdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.Application;

/**
 * What the migration tests share: the application started on an H2 file (on the migrations up to a target, or all),
 * the file copied as an operator would before an upgrade, and the schema version it ends at.
 */
public final class UpgradedDatabase {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)(?:_(\\d+))?__.*\\.sql");

    private UpgradedDatabase() {
    }

    /** The application on the H2 file database in {@code db}, with {@code more} arguments (a Flyway target, outputs). */
    public static ConfigurableApplicationContext start(Path db, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + db.resolve("transdesk"),
                "--transdesk.samples.load-on-empty-database=false", "--vaadin.devmode.devTools.enabled=false", "--server.port=0"));
        args.addAll(List.of(more));
        return new SpringApplication(Application.class).run(args.toArray(String[]::new));
    }

    /** After start: Vaadin installs its own security-context strategy while the application starts. */
    public static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("vera", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_REVIEWER")));
    }

    /** The files of the database in {@code before}, copied into {@code before}'s sibling {@code copy}. */
    public static Path copy(Path before) throws IOException {
        Path copy = before.resolveSibling("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(before)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    public static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(javax.sql.DataSource.class));
    }

    /** The schema version the database is at, as Flyway's target names it ("26.1"). */
    public static String version(ConfigurableApplicationContext context) {
        return jdbc(context).sql("select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\" desc")
                .query(String.class).list().getFirst().replace('_', '.');
    }

    /** The newest migration on the class path. */
    public static String newest() throws IOException {
        return lastBefore(Integer.MAX_VALUE, 0);
    }

    /** The newest migration before V{major}_{minor} on the class path (Flyway wants a target that exists). */
    public static String lastBefore(int major, int minor) throws IOException {
        int[] best = {0, 0};
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql")) {
            Matcher m = MIGRATION.matcher(Objects.requireNonNull(resource.getFilename()));
            if (m.matches()) {
                int ma = Integer.parseInt(m.group(1));
                int mi = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                boolean earlier = ma < major || ma == major && mi < minor;
                if (earlier && (ma > best[0] || ma == best[0] && mi > best[1])) {
                    best[0] = ma;
                    best[1] = mi;
                }
            }
        }
        return best[0] + (best[1] == 0 ? "" : "." + best[1]);
    }
}
