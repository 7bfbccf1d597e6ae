package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.ui.Messages;
import org.transdesk.base.ui.UiUpdates;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.DraftOutcome;
import org.transdesk.support.IntegrationTest;

/**
 * Issue #15: when a generation is refused (here the offline engine asked for a Russian summary with no approved
 * Russian translation to take it from), the workbench's column head gets the refusal in the screen's language. On the
 * old code the run handed the workbench only the English message.
 */
@IntegrationTest
@WithMockUser(username = "ivan", roles = {"EDITOR", "REVIEWER"})
class GenerationRefusalLanguageTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired GenerationService generation;

    @Test
    void a_russian_editor_reads_why_the_offline_engine_wrote_no_russian_summary_in_russian() {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        Article article = articles.importText("Harvest record " + System.nanoTime() + "\nRice output rose 5% this year.");
        Map<Output, String> failed = new ConcurrentHashMap<>();
        RunWatch watch = new RunWatch(new UiUpdates(UI.getCurrent()), Set.of(Output.editionSummary("ru")), new RunWatch.Listener() {
            @Override
            public void progress(Output output, int done, int total) {
            }

            @Override
            public void streamed(Output output, int index, String partial) {
            }

            @Override
            public void finished(Output output, DraftOutcome outcome) {
            }

            @Override
            public void failed(Output output, String message) {
                failed.put(output, message);
            }

            @Override
            public void ended() {
            }
        });

        generation.start(article.id(), Set.of(Output.editionSummary("ru")), watch).await();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (failed.isEmpty() && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }

        assertThat(failed.get(Output.editionSummary("ru")))
                .startsWith("Офлайн-движок не может написать краткое изложение на языке «Русский»")
                .doesNotContain("offline engine");
    }
}
