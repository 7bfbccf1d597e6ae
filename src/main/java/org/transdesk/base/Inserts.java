package org.transdesk.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An insert that another node may make at the same moment, decided by the table's unique key: the
 * second insert waits for the first transaction and then meets the key. Run under a savepoint,
 * because PostgreSQL ends the whole transaction at a failed statement unless it is rolled back to one.
 */
@Component
public class Inserts {

    private final TransactionTemplate savepoint;

    Inserts(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs the insert; false when the row's key was already taken (committed by another transaction meanwhile). */
    public boolean unlessPresent(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException present) {
            return false;
        }
    }
}
