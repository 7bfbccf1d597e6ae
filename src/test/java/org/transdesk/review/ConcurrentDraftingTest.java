package org.transdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.review.ReviewFixture.RUSSIAN;
import static org.transdesk.review.ReviewFixture.SOURCE;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.support.SignedIn.as;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftingService;

/** Two editors start generating the same output at the same instant: one run gets it, the other is told. */
@ReviewIntegrationTest
class ConcurrentDraftingTest {

    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired ArticleService articles;
    @Autowired TransactionTemplate transaction;

    @Test
    void the_second_of_two_simultaneous_runs_is_refused_after_the_first_commits() throws Exception {
        Article article = ReviewFixture.article(articles, SOURCE);
        ReviewFixture.generated(drafting, article, Output.RU, RUSSIAN, "ed");

        assertTheSecondOfTwoSimultaneousRunsIsRefused(article);
    }

    @Test
    void the_same_holds_for_the_very_first_run_of_an_output() throws Exception {
        Article article = ReviewFixture.article(articles, SOURCE);

        assertTheSecondOfTwoSimultaneousRunsIsRefused(article);
    }

    private void assertTheSecondOfTwoSimultaneousRunsIsRefused(Article article) throws Exception {
        CountDownLatch firstMarked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        // own threads: the common pool may have a single worker on a 2-core machine
        try (ExecutorService editors = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> as("ed", EDITOR, () -> transaction.executeWithoutResult(status -> {
                drafting.startRun(article.id(), Map.of(Output.RU, ReviewFixture.ENGINE), RegenerateMode.ONLY_THE_REST);
                firstMarked.countDown();
                awaitQuietly(firstMayCommit);
            })), editors);
            assertThat(firstMarked.await(10, TimeUnit.SECONDS)).isTrue();
            // the second run looks while the first has not committed: it does not see "Drafting" yet
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> as("ann", EDITOR,
                    () -> drafting.startRun(article.id(), Map.of(Output.RU, ReviewFixture.ENGINE), RegenerateMode.ONLY_THE_REST)), editors);
            Thread.sleep(300);
            firstMayCommit.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ReviewException.class)
                    .hasMessageContaining("already being generated");
        }
        assertThat(as("ed", EDITOR, () -> drafts.find(article.id(), Output.RU)).orElseThrow().state()).isEqualTo(OutputState.DRAFTING);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
