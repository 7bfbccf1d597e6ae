package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.DraftService;

/**
 * A Russian summary the offline engine could not write (no approved Russian translation to extract from) leaves an
 * empty draft: its column head does not offer Approve, which the server would refuse ("nothing to approve"). It did.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:six-outputs;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class EmptySummaryApproveViewTest extends SpringBrowserlessTest {

    static final Output SUMMARY_RU = Output.editionSummary("ru");

    @Autowired
    ArticleService articles;
    @Autowired
    GenerationService generation;
    @Autowired
    DraftService drafts;

    @Test
    void a_summary_that_failed_offers_no_approve() {
        Article article = articles.importText("Dam opens " + System.nanoTime() + "\nThe dam opened on Friday.");
        generation.start(article.id(), Set.of(SUMMARY_RU, Output.SUMMARY), GenerationObserver.NONE).await();
        var failed = drafts.find(article.id(), SUMMARY_RU);
        assertThat(failed).as("the failed run leaves a draft").isPresent();
        assertThat(failed.get().hasText()).isFalse();

        Workbench.open(this, article);

        OutputHeader empty = Workbench.header(this, SUMMARY_RU);
        assertThat(empty.approve.isVisible()).isTrue();
        assertThat(empty.approve.isEnabled()).as("nothing to approve").isFalse();
        assertThat(Workbench.header(this, Output.SUMMARY).approve.isEnabled()).as("the summary with text is approvable").isTrue();
    }
}
