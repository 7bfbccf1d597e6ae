package org.transdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.LockWaits;

@IntegrationTest
class ChangeCountersTest {

    @Autowired
    ChangeCounters counters;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DataSource dataSource;

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
    void two_nodes_counting_the_first_change_of_a_counter_at_once_both_succeed() throws Exception {
        String name = "test.first-" + System.nanoTime();
        CountDownLatch firstCounted = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try (ExecutorService nodes = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = nodes.submit(() -> tx.executeWithoutResult(s -> {
                counters.bump(name);
                firstCounted.countDown();
                await(firstMayCommit);
            }));
            assertThat(firstCounted.await(20, TimeUnit.SECONDS)).isTrue();
            // the second insert of the counter's row waits for the first transaction's unique key
            Future<?> second = nodes.submit(() -> tx.executeWithoutResult(s -> counters.bump(name)));
            LockWaits.awaitABlockedSession(dataSource);
            firstMayCommit.countDown();
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        }
        assertThat(counters.current(name)).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
