package org.transdesk.memory.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.transdesk.base.ChangeCounters;
import org.transdesk.language.LanguageTags;

/**
 * Keeps this node's in-memory {@link FuzzyIndex} in step with tm_unit, whichever node wrote it. Built from
 * the table on first use; before each lookup it reads the memory change counter and, when it moved,
 * indexes the rows written (or refreshed) and drops the rows deleted above the value it last saw.
 *
 * <p>Why a counter value per row rather than "ids above the last one": on PostgreSQL ids are handed out
 * when a row is inserted, not when it commits, so a unit with a lower id can commit after one with a
 * higher id and would be missed for good. Every memory write bumps the counter first and holds its row
 * lock until it commits, so counter values commit in order, and a value seen committed means every row
 * at or below it is visible. Languages are indexed by their language subtag ("vi" for "vi-VN").
 */
@Component
public class FuzzyMemoryIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FuzzyMemoryIndex.class);
    private static final int LOAD_BATCH = 5_000;
    private static final String COLUMNS = "select id, source_base, target_base, source_text, target_text, origin from tm_unit";

    private final FuzzyIndex index = new FuzzyIndex();
    private final JdbcClient jdbc;
    private final ChangeCounters counters;
    /** The counter value the index reflects; -1 before the first build. Guarded by this. */
    private volatile long seen = -1;

    FuzzyMemoryIndex(JdbcClient jdbc, ChangeCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    public List<FuzzyIndex.Scored> search(String text, String sourceLang, String targetLang, int threshold, int limit) {
        catchUp();
        return index.search(text, LanguageTags.base(sourceLang), LanguageTags.base(targetLang), threshold, limit);
    }

    /** Brings the index up to the last committed memory change (one indexed read when nothing changed). */
    void catchUp() {
        if (WritingTransaction.wrote(TmStore.WRITING)) {
            return; // this transaction's own writes are not committed: the index must not count them as seen
        }
        long current = counters.current(TmStore.COUNTER);
        if (current == seen) {
            return;
        }
        synchronized (this) {
            if (seen == -1) {
                build(current);
            } else if (current > seen) {
                apply(seen, current);
            } else if (current < seen) {
                index.clear(); // the database was restored to an earlier state
                build(current);
            }
        }
    }

    private void build(long current) {
        long start = System.nanoTime();
        load(COLUMNS, List.of());
        seen = current;
        log.info("Fuzzy translation-memory index built: {} units in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void apply(long from, long to) {
        int changed = load(COLUMNS + " where change_version > ? and change_version <= ?", List.of(from, to));
        List<Long> removed = jdbc.sql("select unit_id from tm_unit_removal where change_version > ? and change_version <= ?")
                .params(from, to).query(Long.class).list();
        index.removeAll(removed);
        seen = to;
        log.debug("Fuzzy index caught up from memory version {} to {}: {} units written, {} removed", from, to, changed, removed.size());
    }

    private int load(String sql, List<Object> params) {
        List<IndexedUnit> batch = new ArrayList<>(LOAD_BATCH);
        int[] count = {0};
        jdbc.sql(sql).params(params).query(rs -> {
            batch.add(new IndexedUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            count[0]++;
            if (batch.size() == LOAD_BATCH) {
                index.addAll(batch);
                batch.clear();
            }
        });
        index.addAll(batch);
        return count[0];
    }

    /** How many units this node's index holds. */
    int size() {
        return index.size();
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}
