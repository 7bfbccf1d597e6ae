package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.OutputState;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
class GenerationServiceTest {

    @Autowired
    GenerationService generation;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired DraftingService drafting;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void generating_the_sample_produces_three_drafts_off_the_calling_thread_with_progress() throws Exception {
        Article sample = articles.get(articles.list("deepen strategic partnership").getLast().id());
        ConcurrentMap<Output, Integer> progress = new ConcurrentHashMap<>();
        ConcurrentMap<Output, Draft> finished = new ConcurrentHashMap<>();
        Thread caller = Thread.currentThread();
        ConcurrentMap<Output, Boolean> onCaller = new ConcurrentHashMap<>();

        GenerationRun run = generation.start(sample.id(), new java.util.LinkedHashSet<>(Output.defaults()), new GenerationObserver() {
            @Override
            public void progress(Output output, int done, int total) {
                progress.merge(output, 1, Integer::sum);
                onCaller.put(output, Thread.currentThread() == caller);
            }

            @Override
            public void finished(Output output, DraftOutcome outcome) {
                finished.put(output, outcome.draft());
            }
        });
        run.await();

        assertThat(finished).containsOnlyKeys(Output.VI, Output.RU, Output.SUMMARY);
        assertThat(onCaller.values()).containsOnly(false);
        assertThat(progress.get(Output.RU)).isEqualTo(sample.paragraphs().size() + 1);
        Draft russian = drafts.find(sample.id(), Output.RU).orElseThrow();
        assertThat(russian.state()).isEqualTo(OutputState.NEEDS_REVIEW);
        assertThat(russian.segments()).hasSize(sample.paragraphs().size() + 1)
                .allSatisfy(s -> assertThat(s.origin()).isEqualTo("MEMORY_EXACT"));
        assertThat(russian.updatedBy()).isEqualTo("ana");
        Draft summary = drafts.find(sample.id(), Output.SUMMARY).orElseThrow();
        assertThat(summary.texts()).isNotEmpty().allSatisfy(s -> assertThat(String.join(" ", sample.paragraphs())).contains(s));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void an_output_already_being_generated_refuses_a_second_run_and_leaves_the_others_untouched() {
        Article article = articles.importText("Ferry service resumes\nBoats sailed at dawn.");
        drafting.startRun(article.id(), java.util.Map.of(Output.RU, new org.transdesk.review.DraftProvenance("offline", "x", null, null, null, 0, 0, 0, null)), org.transdesk.review.RegenerateMode.ONLY_THE_REST);

        assertThatThrownBy(() -> generation.start(article.id(), java.util.Set.of(Output.VI, Output.RU), GenerationObserver.NONE))
                .isInstanceOf(org.transdesk.review.ReviewException.class).hasMessageContaining("already being generated");
        assertThat(drafts.find(article.id(), Output.VI)).as("nothing written for the output that was free").isEmpty();
        assertThat(drafts.find(article.id(), Output.RU).orElseThrow().state()).isEqualTo(OutputState.DRAFTING);
    }

    @Test
    @WithMockUser(username = "max", roles = {})
    void generation_needs_the_editor_role() {
        assertThatThrownBy(() -> generation.start(1L, java.util.Set.of(Output.VI), GenerationObserver.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
