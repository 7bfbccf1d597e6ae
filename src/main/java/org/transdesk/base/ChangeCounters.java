package org.transdesk.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Version numbers of cached facts, kept in the database so that every node of a team deployment sees
 * a change made on another: a writer calls {@link #bump} in the transaction of its change, a reader
 * builds its cache at {@link #current} and rebuilds when the number moved (see {@link CounterCache}).
 */
@Component
public class ChangeCounters {

    private final JdbcClient jdbc;
    /** A savepoint: PostgreSQL ends the whole transaction at a failed statement unless it is rolled back to one. */
    private final TransactionTemplate savepoint;

    ChangeCounters(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
        if (jdbc.sql("update change_counter set version = version + 1 where name = ?").param(name).update() == 0) {
            try {
                savepoint.executeWithoutResult(s -> jdbc.sql("insert into change_counter (name, version) values (?, 1)").param(name).update());
            } catch (DuplicateKeyException insertedAtTheSameTime) {
                jdbc.sql("update change_counter set version = version + 1 where name = ?").param(name).update();
            }
        }
        return current(name);
    }
}
