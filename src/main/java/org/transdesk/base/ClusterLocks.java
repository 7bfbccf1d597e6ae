package org.transdesk.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named locks shared by every node on the database: a row of cluster_lock, locked until the caller's
 * transaction ends. For work that must run on one node at a time, such as loading the samples into an
 * empty database while two nodes start: the second waits, then finds the work done.
 */
@Component
public class ClusterLocks {

    /** Taken by everything a node loads or creates at start when it is missing (samples, accounts). */
    public static final String START_UP = "start-up";

    private final JdbcClient jdbc;
    private final Inserts inserts;

    ClusterLocks(JdbcClient jdbc, Inserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** Waits for the lock and holds it until the current transaction commits or rolls back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(String name) {
        if (!lock(name)) {
            inserts.unlessPresent(() -> jdbc.sql("insert into cluster_lock (name) values (?)").param(name).update());
            lock(name);
        }
    }

    private boolean lock(String name) {
        return jdbc.sql("select name from cluster_lock where name = ? for update").param(name).query(String.class).optional().isPresent();
    }
}
