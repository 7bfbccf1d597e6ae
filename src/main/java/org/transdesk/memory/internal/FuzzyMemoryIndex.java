package org.transdesk.memory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the in-memory {@link FuzzyIndex} in step with tm_unit: built from the table on first use,
 * then fed every inserted unit once its transaction commits (a rolled-back import never shows up
 * in lookups). Units are keyed by id, so a unit both loaded and fed is indexed once.
 */
@Component
public class FuzzyMemoryIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FuzzyMemoryIndex.class);
    private static final int LOAD_BATCH = 5_000;

    private final FuzzyIndex index = new FuzzyIndex();
    private final JdbcClient jdbc;
    private volatile boolean loaded;

    FuzzyMemoryIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FuzzyIndex.Scored> search(String text, String sourceLang, String targetLang, int threshold, int limit) {
        ensureLoaded();
        return index.search(text, sourceLang, targetLang, threshold, limit);
    }

    /** Called by the store right after inserting: indexes now, or after commit inside a transaction. */
    void addCommitted(Collection<IndexedUnit> units) {
        List<IndexedUnit> copy = List.copyOf(units);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.addAll(copy);
                }
            });
        } else {
            index.addAll(copy);
        }
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            long start = System.nanoTime();
            List<IndexedUnit> batch = new ArrayList<>(LOAD_BATCH);
            jdbc.sql("select id, source_lang, target_lang, source_text, target_text, origin from tm_unit")
                    .query(rs -> {
                        batch.add(new IndexedUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                        if (batch.size() == LOAD_BATCH) {
                            index.addAll(batch);
                            batch.clear();
                        }
                    });
            index.addAll(batch);
            loaded = true;
            log.info("Fuzzy translation-memory index built: {} units in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}
