package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.review.ReviewFixture.RUSSIAN;
import static org.transdesk.review.ReviewFixture.SOURCE;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;

/**
 * Two reviewers (two threads, two transactions: as on two nodes) approve the same draft at once: one
 * version, and one refusal the second reviewer can read. Two exports of the same version at once:
 * one export mark, no error.
 */
@ReviewIntegrationTest
class ConcurrentApprovalTest {

    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;
    @Autowired ExportMarkService exportMarks;
    @Autowired ArticleService articles;
    @Autowired TransactionTemplate transaction;

    @Test
    void two_simultaneous_approvals_give_one_version_and_one_clear_refusal() throws Exception {
        Article article = ReviewFixture.article(articles, SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");

        CompletableFuture<?> second = whileTheFirstHasNotCommitted(
                () -> as("rev", REVIEWER, () -> approval.approve(draft.id())),
                () -> as("rita", REVIEWER, () -> approval.approve(draft.id())));

        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ReviewException.class)
                .hasMessage("rev approved the Russian draft as version 1 at the same time; your approval was not stored.");
        assertThat(as("rev", REVIEWER, () -> approval.versions(article.id(), Output.RU))).singleElement()
                .satisfies(v -> assertThat(v.approvedBy()).isEqualTo("rev"));
    }

    @Test
    void two_simultaneous_exports_of_a_version_leave_one_mark_and_no_error() throws Exception {
        Article article = ReviewFixture.article(articles, SOURCE);
        Draft draft = ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");
        ApprovedVersion version = as("rev", REVIEWER, () -> approval.approve(draft.id()));

        CompletableFuture<?> second = whileTheFirstHasNotCommitted(
                () -> as("rev", REVIEWER, () -> exportMarks.markExported(version.id(), "markdown")),
                () -> as("rita", REVIEWER, () -> exportMarks.markExported(version.id(), "markdown")));

        second.get(10, TimeUnit.SECONDS);
        assertThat(as("rev", REVIEWER, () -> exportMarks.exportMarks(version.id()))).singleElement()
                .satisfies(m -> assertThat(m.exportedBy()).isEqualTo("rev"));
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second} has started and had time
     * to reach the database; returns {@code second}'s outcome.
     */
    private CompletableFuture<?> whileTheFirstHasNotCommitted(Runnable first, Runnable second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
                first.run();
                firstDone.countDown();
                await(firstMayCommit);
            }), nodes);
            assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> {
                secondThread.set(Thread.currentThread());
                second.run();
            }, nodes);
            // the second waits at a row or key lock of the first (or has finished wrongly): either way it has reached the database
            awaitBlockedOrDone(secondThread, two);
            firstMayCommit.countDown();
            one.get(10, TimeUnit.SECONDS);
            two.handle((ok, error) -> null).get(10, TimeUnit.SECONDS);
            return two;
        }
    }

    /**
     * Waits until the thread waits at a lock inside the database, or is done. H2 parks at a row lock
     * but retries a clashing insert in a loop (until its lock timeout), so both count.
     */
    private static void awaitBlockedOrDone(AtomicReference<Thread> thread, CompletableFuture<?> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int inside = 0;
        while (!done.isDone() && System.nanoTime() < deadline) {
            Thread t = thread.get();
            boolean inDatabase = t != null && waitsInTheDatabase(t);
            inside = inDatabase ? inside + 1 : 0;
            if (inDatabase && (t.getState() != Thread.State.RUNNABLE || inside >= 3)) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /** A thread (a platform thread, so its state is reliable) inside the database driver, not in our test code. */
    private static boolean waitsInTheDatabase(Thread t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.h2.") || frame.getClassName().startsWith("org.postgresql.")) {
                return true;
            }
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
