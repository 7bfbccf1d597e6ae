package org.transdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which database the integration tests run on. By default each test context gets the in-memory H2
 * database its properties name. In the "postgres" runs of {@code ./mvnw verify} (system property
 * {@code transdesk.test.database=postgresql}), every H2 database a test names becomes a fresh schema
 * of one PostgreSQL database ({@link TestDatabaseEnvironment}): one schema per H2 name and test JVM,
 * so contexts that share an H2 database share a schema, and two test runs on one cluster never meet.
 * Tests marked {@link AlsoOnPostgres} are skipped, with the reason, when that PostgreSQL is not reachable.
 */
public final class TestDatabase implements ExecutionCondition {

    static final boolean POSTGRES = "postgresql".equals(System.getProperty("transdesk.test.database"));
    static final String URL = System.getProperty("transdesk.test.postgres.url", "jdbc:postgresql://127.0.0.1:55432/transdesk_test");
    static final String USER = System.getProperty("transdesk.test.postgres.user", "transdesk");
    static final String PASSWORD = System.getProperty("transdesk.test.postgres.password", "transdesk");

    private static final Pattern H2_NAME = Pattern.compile("jdbc:h2:(?:mem:|file:|tcp://[^/]+/)?([^;]*)");
    /** Unique among the test JVMs running on one machine at a time. */
    private static final String RUN = "t" + Long.toString(ProcessHandle.current().pid(), 36) + "_";
    /** Names this JVM's PostgreSQL sessions (pg_stat_activity.application_name). */
    static final String APPLICATION_NAME = "transdesk-tests-" + RUN;
    private static final Map<String, String> SCHEMAS = new ConcurrentHashMap<>();
    private static volatile String unreachable;
    private static volatile boolean checked;
    private static volatile boolean told;

    /** True in the PostgreSQL runs. */
    public static boolean postgres() {
        return POSTGRES;
    }

    /** The JDBC URL, user and password of the database standing in for the given H2 URL (PostgreSQL runs only). */
    static String postgresUrlFor(String h2Url) {
        String schema = SCHEMAS.computeIfAbsent(h2Name(h2Url), TestDatabase::createSchema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + APPLICATION_NAME;
    }

    /**
     * A database of its own for a test that runs Flyway or plain JDBC itself: an in-memory H2 of that
     * name, or in the PostgreSQL runs a fresh schema standing in for it. Opens a connection per use.
     */
    public static DataSource dataSource(String name) {
        String h2 = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return POSTGRES ? new DriverManagerDataSource(postgresUrlFor(h2), USER, PASSWORD) : new DriverManagerDataSource(h2, "sa", "");
    }

    /** A connection to the test PostgreSQL database, schema as the server sets it (public). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    static String h2Name(String h2Url) {
        Matcher m = H2_NAME.matcher(h2Url);
        String name = m.lookingAt() ? m.group(1) : h2Url;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        // a file database: its folder and name, so two restart tests in different folders stay apart
        String readable = slash < 0 ? name : name.substring(name.lastIndexOf('/', Math.max(0, slash - 1)) + 1);
        return readable.isEmpty() ? "unnamed" : readable + (slash < 0 ? "" : "_" + Integer.toHexString(name.hashCode()));
    }

    private static String createSchema(String h2Name) {
        String cleaned = h2Name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String schema = (RUN + cleaned);
        schema = schema.length() > 63 ? schema.substring(0, 63) : schema;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + " on " + URL + ": " + e.getMessage(), e);
        }
        if (SCHEMAS.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchemas, "drop-test-schemas"));
        }
        return schema;
    }

    private static void dropSchemas() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set lock_timeout = '5s'");
            for (String schema : SCHEMAS.values()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("Left test schemas " + SCHEMAS.values() + " on " + URL + ": " + e.getMessage());
        }
    }

    /** Null when the PostgreSQL test database answers; otherwise why not. Checked once per JVM. */
    static String unreachable() {
        if (!checked) {
            synchronized (TestDatabase.class) {
                if (!checked) {
                    try (Connection c = connect()) {
                        unreachable = c.isValid(5) ? null : "the connection is not valid";
                    } catch (SQLException e) {
                        unreachable = e.getMessage();
                    }
                    checked = true;
                }
            }
        }
        return unreachable;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!POSTGRES) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        String why = unreachable();
        return why == null ? ConditionEvaluationResult.enabled("runs on PostgreSQL at " + URL) : ConditionEvaluationResult.disabled(skipped(why));
    }

    private static String skipped(String why) {
        String message = "Skipped on PostgreSQL: none reachable at " + URL + " as " + USER + " (" + why
                + "). Start the test cluster with `bash scripts/test-postgres.sh start`, or point -Dtransdesk.test.postgres.url"
                + " (and .user, .password) at yours; -Dtransdesk.test.postgres.skip=true leaves these runs out.";
        if (!told) {
            told = true;
            System.err.println("[WARNING] " + message);
        }
        return message;
    }
}
