package org.transdesk.memory.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the current transaction as one that wrote a store. Its own reads must not fill or advance a cache
 * shared with other threads: what it wrote is not committed and may still roll back.
 */
final class WritingTransaction {

    private WritingTransaction() {
    }

    static void mark(Object store) {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(store)) {
            TransactionSynchronizationManager.bindResource(store, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(store);
                }
            });
        }
    }

    static boolean wrote(Object store) {
        return TransactionSynchronizationManager.hasResource(store);
    }
}
