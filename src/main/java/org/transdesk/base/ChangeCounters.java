package org.transdesk.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Version numbers of cached facts, kept in the database so that every node of a team deployment sees
 * a change made on another: a writer calls {@link #bump} in the transaction of its change, a reader
 * builds its cache at {@link #current} and rebuilds when the number moved (see {@link CounterCache}).
 */
@Component
public class ChangeCounters {

    private final JdbcClient jdbc;
    private final Inserts inserts;

    ChangeCounters(JdbcClient jdbc, Inserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** The counter's version now; 0 before its first change. */
    public long current(String name) {
        return jdbc.sql("select version from change_counter where name = ?").param(name).query(Long.class).optional().orElse(0L);
    }

    /**
     * Counts one change. Joins the caller's transaction, so the new number becomes visible with the
     * change itself; two writers at once meet at the row lock (or at the key of the counter's first
     * row) and get consecutive numbers.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long bump(String name) {
        if (jdbc.sql("update change_counter set version = version + 1 where name = ?").param(name).update() == 0
                && !inserts.unlessPresent(() -> jdbc.sql("insert into change_counter (name, version) values (?, 1)").param(name).update())) {
            // another transaction inserted the counter's first row meanwhile
            jdbc.sql("update change_counter set version = version + 1 where name = ?").param(name).update();
        }
        return current(name);
    }
}
