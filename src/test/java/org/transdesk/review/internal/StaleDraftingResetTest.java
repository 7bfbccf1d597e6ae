package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.OutputState;
import org.transdesk.review.ReviewFixture;
import org.transdesk.review.ReviewIntegrationTest;

/** A generation cut off by a restart leaves no output stuck in "Drafting", and the reset is audited. */
@ReviewIntegrationTest
class StaleDraftingResetTest {

    @Autowired StaleDraftingReset reset;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired ArticleService articles;
    @Autowired AuditLog audit;

    @Test
    void an_output_left_drafting_without_text_goes_back_to_not_started_with_an_audit_entry() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        as("ed", EDITOR, () -> drafting.markDrafting(article.id(), java.util.Map.of(Output.VI, ReviewFixture.ENGINE)));

        reset.resetInterruptedGenerations();

        assertThat(as("ed", EDITOR, () -> drafts.find(article.id(), Output.VI)).orElseThrow().state()).isEqualTo(OutputState.NOT_STARTED);
        assertThat(as("ed", EDITOR, () -> audit.forArticle(article.id()))).extracting(AuditEvent::detail)
                .contains("Drafting → Not started (generation interrupted by a restart)");
    }
}
