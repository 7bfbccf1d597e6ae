package org.transdesk.cli;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises, among the causes of a failed start, an embedded H2 file database that another process
 * (the running web app) holds, and turns it into one line an operator can act on. The cause goes to
 * the log at debug level only.
 */
final class DatabaseInUse {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseInUse.class);

    /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}, also its SQL state (H2 is a runtime dependency only). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Pattern H2_FILE = Pattern.compile("Database may be already in use: \"([^\"]+)\"");
    private static final int MAX_CAUSES = 64;

    private DatabaseInUse() {
    }

    /** The refusal to report when {@code failure} was caused by a database held elsewhere; empty for any other failure. */
    static Optional<BadInputException> explain(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    && String.valueOf(H2_DATABASE_ALREADY_OPEN).equals(sql.getSQLState())) {
                LOG.debug("the database is held by another process", failure);
                return Optional.of(new BadInputException(message(sql.getMessage()), failure));
            }
        }
        return Optional.empty();
    }

    private static String message(String h2Message) {
        Matcher file = H2_FILE.matcher(String.valueOf(h2Message));
        String database = file.find() ? "the database " + file.group(1) : "the H2 file database";
        return database + " is in use by another process (the web app?): stop it first, or point the app and this command"
                + " at a PostgreSQL database (--spring.datasource.url=jdbc:postgresql://...; docs/deployment.md)";
    }
}
