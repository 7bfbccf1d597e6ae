package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftService;
import org.transdesk.review.GenerationRunService;
import org.transdesk.review.OutputState;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.ReviewException;
import org.transdesk.review.RunState;
import org.transdesk.review.RunStatus;
import org.transdesk.review.SegmentText;

/**
 * Generation runs at service level with a scripted engine: cancel recorded in the database stops a
 * long run and keeps what it drafted; any Throwable from an engine fails the output cleanly.
 */
@ScriptedRunTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "ana", roles = "EDITOR")
class GenerationRunsTest {

    @Autowired GenerationService generation;
    @Autowired GenerationRunService runs;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired ScriptedLanguageModels engine;

    @BeforeEach
    void openEngine() {
        engine.reset();
    }

    /** The 45-paragraph article of the report (plus its headline). */
    static String longArticle() {
        StringBuilder text = new StringBuilder("Long report " + System.nanoTime());
        IntStream.rangeClosed(1, 45).forEach(i -> text.append("\nParagraph ").append(i).append(" of the long report."));
        return text.toString();
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

    private RunStatus status(GenerationRun run) {
        return runs.status(run.id()).orElseThrow();
    }

    @Test
    void a_cancel_recorded_in_the_database_stops_a_long_run_and_keeps_the_paragraphs_drafted_before_it() throws Exception {
        Article article = articles.importText(longArticle());
        engine.hold();
        engine.allow(12);
        Map<Output, DraftOutcome> outcomes = new ConcurrentHashMap<>();
        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.RU), new GenerationObserver() {
            @Override
            public void finished(Output output, DraftOutcome outcome) {
                outcomes.put(output, outcome);
            }
        });
        // progress is in the database (the heartbeat writes it): what the API and other nodes read
        waitFor("12 paragraphs reported", () -> status(run).done() == 12);

        assertThat(runs.cancel(run.id())).as("the cancel is recorded, as the API or another node would").isTrue();
        await(run);

        assertThat(engine.translated()).hasSize(12);
        RunStatus status = status(run);
        assertThat(status.state()).isEqualTo(RunState.CANCELLED);
        assertThat(status.perOutput().get(Output.RU).reason()).startsWith("Russian: cancelled after 12 of 46 paragraphs");
        assertThat(outcomes.get(Output.RU).notice()).isEqualTo(status.perOutput().get(Output.RU).reason());
        Draft ru = drafts.find(article.id(), Output.RU).orElseThrow();
        assertThat(ru.state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(ru.segments()).hasSize(46);
        assertThat(ru.segments().subList(0, 12)).allSatisfy(s -> assertThat(s.text()).startsWith("Перевод: "));
        assertThat(ru.segments().subList(12, 46)).allSatisfy(s -> {
            assertThat(s.text()).isEmpty();
            assertThat(s.status()).isEqualTo(ParagraphStatus.UNTRANSLATED);
            assertThat(s.note()).contains("Not reached");
        });
    }

    @Test
    void cancelling_the_run_object_records_the_cancel_in_the_database() throws Exception {
        Article article = articles.importText(longArticle());
        engine.hold();
        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.VI), GenerationObserver.NONE);

        run.cancel();
        await(run);

        assertThat(status(run).state()).isEqualTo(RunState.CANCELLED);
        assertThat(drafts.find(article.id(), Output.VI).orElseThrow().state()).as("nothing reached: back to where it was")
                .isEqualTo(OutputState.NOT_STARTED);
    }

    @Test
    void an_out_of_memory_error_from_the_engine_fails_the_output_releases_the_claim_and_is_logged(CapturedOutput log) throws Exception {
        engineErrorFailsTheOutputCleanly(() -> new OutOfMemoryError("Java heap space (scripted)"), "OutOfMemoryError", log);
    }

    @Test
    void a_stack_overflow_from_the_engine_fails_the_output_cleanly_too(CapturedOutput log) throws Exception {
        engineErrorFailsTheOutputCleanly(StackOverflowError::new, "StackOverflowError", log);
    }

    private void engineErrorFailsTheOutputCleanly(Supplier<Throwable> error, String name, CapturedOutput log) throws Exception {
        Article article = articles.importText(longArticle());
        engine.failWith(error);
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.RU), new GenerationObserver() {
            @Override
            public void failed(Output output, String message) {
                failures.add(message);
            }
        });
        await(run);

        assertThat(failures).singleElement().asString().contains(name);
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().state()).isEqualTo(OutputState.NOT_STARTED);
        RunStatus status = status(run);
        assertThat(status.state()).isEqualTo(RunState.FAILED);
        assertThat(status.perOutput().get(Output.RU).reason()).contains(name);
        assertThat(log.getOut()).contains("Generation run " + run.id() + " of ru for article " + article.id() + " failed").contains(name);
        engine.reset();
        GenerationRun again = generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE);
        await(again);
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().texts()).allSatisfy(t -> assertThat(t).startsWith("Перевод: "));
    }

    @Test
    void a_second_run_while_one_holds_a_valid_lease_is_refused_naming_who_holds_it() throws Exception {
        Article article = articles.importText(longArticle());
        engine.hold();
        GenerationRun first = generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE);
        try {
            var claimed = status(first).leaseUntil();
            waitFor("the lease renewed by the heartbeat", () -> status(first).leaseUntil().isAfter(claimed));

            assertThatThrownBy(() -> generation.start(article.id(), java.util.Set.of(Output.RU), GenerationObserver.NONE))
                    .isInstanceOf(ReviewException.class)
                    .hasMessage("The Russian draft is already being generated (started by ana on node test-node-1).");
        } finally {
            first.cancel();
            await(first);
        }
    }

    @Test
    void the_progress_poll_reads_the_run_from_the_database_after_it_ended() throws Exception {
        Article article = articles.importText(longArticle());

        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.VI), GenerationObserver.NONE);
        await(run);

        RunStatus latest = runs.latest(article.id(), Output.VI).orElseThrow();
        assertThat(latest.id()).isEqualTo(run.id());
        assertThat(latest.state()).isEqualTo(RunState.FINISHED);
        assertThat(latest.ownerNode()).isEqualTo("test-node-1");
        assertThat(latest.perOutput().get(Output.VI).done()).isEqualTo(46);
        assertThat(latest.finishedAt()).isNotNull();
        assertThat(drafts.find(article.id(), Output.VI).orElseThrow().segments()).extracting(SegmentText::status)
                .containsOnly(ParagraphStatus.MACHINE_DRAFT);
    }

    @Test
    void a_screen_that_fails_while_being_told_the_result_does_not_fail_the_run() throws Exception {
        Article article = articles.importText(longArticle());
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        GenerationRun run = generation.start(article.id(), java.util.Set.of(Output.VI), new GenerationObserver() {
            @Override
            public void finished(Output output, DraftOutcome outcome) {
                throw new IllegalStateException("the editor left the page (UI detached)");
            }

            @Override
            public void failed(Output output, String message) {
                failures.add(message);
            }
        });
        await(run);

        assertThat(failures).as("a stored draft is not reported as failed").isEmpty();
        assertThat(status(run).state()).isEqualTo(RunState.FINISHED);
        assertThat(drafts.find(article.id(), Output.VI).orElseThrow().state()).isEqualTo(OutputState.NEEDS_REVIEW);
    }
}
