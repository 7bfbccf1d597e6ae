package org.transdesk.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;

/**
 * After approving a translation in the workbench the reviewer sees what the memory learned from it:
 * how many pairs were taught, how many were skipped and why, naming the skipped paragraphs.
 */
@IntegrationTest
class LearningReportViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;
    @Autowired DraftingService drafting;

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void approving_with_an_english_paragraph_says_in_the_column_head_what_the_memory_learned_and_what_it_skipped() {
        String place = "Quynhdam" + System.nanoTime();
        Article article = articles.importText("Dam at " + place + " completed\nThe dam at " + place + " is finished.\n"
                + "Engineers from " + place + " will inspect the turbines next spring.");
        drafting.saveGenerated(article.id(), Output.RU, article.sourceRevision(), new GeneratedDraft(List.of(
                new GeneratedDraft.Segment("Плотина в " + place + " достроена", "MODEL", null, null),
                new GeneratedDraft.Segment("Плотина в " + place + " готова.", "MODEL", null, null),
                new GeneratedDraft.Segment("Engineers from " + place + " will inspect the turbines next spring.", "MODEL", null, null)),
                Fixtures.offlineProvenance()));
        Workbench.open(this, article);

        test(Workbench.header(this, Output.RU).approve).click();
        ApproveDialog override = find(ApproveDialog.class).single(); // the English paragraph is a QA error
        override.reason.setValue("Paragraph 2 is a quote, kept in English.");
        test(override.approve).click();
        assertThat(Workbench.header(this, Output.RU).message.message()).startsWith("Russian approved as version 1.");

        String message = awaitMessage("Memory learned");
        assertThat(message).startsWith("Russian approved as version 1. Memory learned 2 paragraphs")
                .contains("skipped 1 paragraph")
                .contains("paragraph 2 (");
    }

    /** Runs the UI updates workers queued until the column head's message says {@code words}. */
    private String awaitMessage(String words) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String message;
        while (!(message = Workbench.header(this, Output.RU).message.message()).contains(words)) {
            assertThat(System.nanoTime()).as("the learning report reached the column head in time: " + message).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            MockVaadin.clientRoundtrip();
        }
        return message;
    }
}
