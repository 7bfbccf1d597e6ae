package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
class ChangeCountersTest {

    @Autowired
    ChangeCounters counters;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_counter_starts_at_zero_and_counts_each_change() {
        assertThat(counters.current("test.counting")).isZero();
        tx.executeWithoutResult(s -> counters.bump("test.counting"));
        tx.executeWithoutResult(s -> counters.bump("test.counting"));
        assertThat(counters.current("test.counting")).isEqualTo(2);
    }

    @Test
    void a_cache_reloads_only_after_its_counter_moved() {
        AtomicInteger loads = new AtomicInteger();
        CounterCache<Integer> cache = new CounterCache<>(counters, "test.cache", loads::incrementAndGet);
        assertThat(cache.get()).isEqualTo(1);
        assertThat(cache.get()).isEqualTo(1);
        tx.executeWithoutResult(s -> counters.bump("test.cache"));
        assertThat(cache.get()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_rolled_back_change_does_not_move_the_counter() {
        long before = counters.current("test.rollback");
        tx.executeWithoutResult(s -> {
            counters.bump("test.rollback");
            s.setRollbackOnly();
        });
        assertThat(counters.current("test.rollback")).isEqualTo(before);
    }
}
