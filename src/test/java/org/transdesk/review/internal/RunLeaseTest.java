package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationRun;
import org.transdesk.generation.GenerationService;
import org.transdesk.generation.ScriptedLanguageModels;
import org.transdesk.generation.ScriptedRunTest;
import org.transdesk.review.ClaimLostException;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.GenerationRunService;
import org.transdesk.review.OutputState;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.ReviewException;
import org.transdesk.review.RunClaim;
import org.transdesk.review.RunState;
import org.transdesk.support.Fixtures;

/**
 * Runs on a shared database hold their outputs by a lease: a node that stops loses them, its outputs
 * are reset or taken over, and when it comes back its result is discarded rather than written over
 * an editor's change made meanwhile.
 */
@ScriptedRunTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "ana", roles = "EDITOR")
class RunLeaseTest {

    @Autowired GenerationService generation;
    @Autowired GenerationRunService runs;
    @Autowired DraftingService drafting;
    @Autowired EditingService editing;
    @Autowired DraftService drafts;
    @Autowired ArticleService articles;
    @Autowired StaleDraftingReset reset;
    @Autowired ScriptedLanguageModels engine;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void openEngine() {
        engine.reset();
    }

    private Article articleWithRussianDraft() {
        Article article = articles.importText("Harbour " + System.nanoTime() + "\nThe harbour reopened.\nBoats came back.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), Fixtures.draft("Гавань", "Гавань снова открыта.", "Лодки вернулись."));
        return article;
    }

    /** The node working on the run stops renewing: its lease runs out. */
    private void leaseExpires(GenerationRun run) {
        jdbc.sql("update generation_run set lease_until = ? where id = ?")
                .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), run.id()).update();
    }

    private static void await(GenerationRun run) throws Exception {
        CompletableFuture.runAsync(run::await).get(20, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private Draft russian(Article article) {
        return drafts.find(article.id(), Output.RU).orElseThrow();
    }

    @Test
    void the_heartbeat_renews_the_lease_while_the_run_works() throws Exception {
        Article article = articleWithRussianDraft();
        engine.hold();
        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE);
        Instant first = runs.status(run.id()).orElseThrow().leaseUntil();

        waitFor("the lease renewed", () -> runs.status(run.id()).orElseThrow().leaseUntil().isAfter(first));

        engine.open();
        await(run);
        assertThat(runs.status(run.id()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void a_run_that_lost_its_lease_never_writes_over_an_editors_change_made_meanwhile(CapturedOutput log) throws Exception {
        Article article = articleWithRussianDraft();
        engine.hold();
        List<String> failures = new CopyOnWriteArrayList<>();
        List<org.transdesk.base.Phrase> said = new CopyOnWriteArrayList<>();
        GenerationRun stopped = generation.start(article.id(), java.util.Set.of(Output.RU), new GenerationObserver() {
            @Override
            public void failed(Output output, String message, org.transdesk.base.Phrase phrase) {
                failures.add(message);
                said.add(phrase);
            }
        });
        leaseExpires(stopped);
        reset.resetExpiredClaims(); // another node's sweep: the output is the editors' again
        Draft reset = russian(article);
        assertThat(reset.state()).isEqualTo(OutputState.NEEDS_REVIEW);
        editing.editSegment(reset.id(), 1, "Гавань снова открыта для судов (правка).", reset.segments().get(1).revision());

        engine.open(); // the stopped node comes back and finishes
        await(stopped);

        assertThat(russian(article).texts()).containsExactly("Гавань", "Гавань снова открыта для судов (правка).", "Лодки вернулись.");
        assertThat(russian(article).state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(failures).singleElement().asString().contains("lost its lease");
        // #15: the workbench says it in the editor's language, not the English of the run record
        assertThat(said).singleElement().extracting(p -> p.in(java.util.Locale.forLanguageTag("ru"))).asString()
                .isEqualTo("Этот запуск перехватил другой узел; ничего не сохранено.");
        assertThat(runs.status(stopped.id()).orElseThrow().state()).isEqualTo(RunState.FAILED);
        assertThat(log.getOut()).contains("Generation run " + stopped.id()).contains("result discarded");
    }

    @Test
    void a_stopped_runs_late_result_is_refused_while_the_run_that_took_the_output_over_still_works() throws Exception {
        Article article = articleWithRussianDraft();
        RunClaim dead = drafting.startRun(article.id(), Map.of(Output.RU, Fixtures.offlineProvenance()), RegenerateMode.ONLY_THE_REST);
        jdbc.sql("update generation_run set lease_until = ? where id = ?")
                .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), dead.runId()).update();
        engine.hold();
        GenerationRun takeover = generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE);
        try {
            assertThat(russian(article).state()).as("the output is Drafting again, now for the new run").isEqualTo(OutputState.DRAFTING);

            // the stopped node comes back while the output is Drafting: a state check alone would let it write
            assertThatThrownBy(() -> drafting.finishDrafting(dead.runId(), article.id(), Output.RU, article.sourceRevision(),
                    Fixtures.draft("Старый", "Старый текст.", "Старый текст 2."), dead.plans().get(Output.RU), 3, 3, false))
                    .isInstanceOf(ClaimLostException.class);
            assertThat(russian(article).texts()).containsExactly("Гавань", "Гавань снова открыта.", "Лодки вернулись.");
            assertThat(russian(article).state()).isEqualTo(OutputState.DRAFTING);
        } finally {
            engine.open();
            await(takeover);
        }
        assertThat(runs.status(takeover.id()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
        assertThat(russian(article).texts()).allSatisfy(t -> assertThat(t).startsWith("Перевод: "));
    }

    @Test
    void only_an_expired_lease_is_taken_over_and_the_old_runs_late_result_is_refused() throws Exception {
        Article article = articleWithRussianDraft();
        // a run claimed on a node that then stopped: nobody renews its lease
        RunClaim dead = drafting.startRun(article.id(), Map.of(Output.RU, Fixtures.offlineProvenance()), RegenerateMode.ONLY_THE_REST);
        assertThatThrownBy(() -> generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE))
                .as("a second paid run while the lease holds").isInstanceOf(ReviewException.class).hasMessageContaining("already being generated");
        jdbc.sql("update generation_run set lease_until = ? where id = ?")
                .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), dead.runId()).update();

        GenerationRun takeover = generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE);
        await(takeover);

        assertThat(runs.status(dead.runId()).orElseThrow().state()).isEqualTo(RunState.FAILED);
        assertThat(runs.status(dead.runId()).orElseThrow().reason()).contains("taken over by run " + takeover.id());
        assertThat(runs.status(takeover.id()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
        List<String> texts = russian(article).texts();
        assertThat(texts).allSatisfy(t -> assertThat(t).startsWith("Перевод: "));
        // the stopped node comes back with its result: refused, nothing written
        assertThatThrownBy(() -> drafting.finishDrafting(dead.runId(), article.id(), Output.RU, article.sourceRevision(),
                Fixtures.draft("Старый", "Старый текст.", "Старый текст 2."), dead.plans().get(Output.RU), 3, 3, false))
                .isInstanceOf(ClaimLostException.class).hasMessageContaining("its result was discarded");
        assertThat(russian(article).texts()).isEqualTo(texts);
    }
}
