package org.transdesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transdesk.security.Roles.EDITOR;
import static org.transdesk.security.Roles.REVIEWER;
import static org.transdesk.support.SignedIn.as;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GenerationRunService;
import org.transdesk.review.OutputState;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.ReviewFixture;
import org.transdesk.review.ReviewIntegrationTest;
import org.transdesk.review.RunClaim;
import org.transdesk.review.RunState;

/**
 * Outputs of a run whose node stopped (its lease expired) go back to the editors, audited; a run
 * another node is working on (valid lease) keeps its outputs: starting a node never resets them.
 */
@ReviewIntegrationTest
class StaleDraftingResetTest {

    @Autowired StaleDraftingReset reset;
    @Autowired DraftService drafts;
    @Autowired DraftingService drafting;
    @Autowired ApprovalService approval;
    @Autowired GenerationRunService runs;
    @Autowired ArticleService articles;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    private RunClaim claim(Article article, Output output) {
        return as("ed", EDITOR, () -> drafting.startRun(article.id(), Map.of(output, ReviewFixture.ENGINE), RegenerateMode.ONLY_THE_REST));
    }

    /** What a node that stopped leaves behind: its lease runs out because nobody renews it. */
    private void leaseExpires(RunClaim claim) {
        jdbc.sql("update generation_run set lease_until = ? where id = ?")
                .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), claim.runId()).update();
    }

    private OutputState state(Article article, Output output) {
        return as("ed", EDITOR, () -> drafts.find(article.id(), output)).orElseThrow().state();
    }

    @Test
    void an_output_whose_run_lease_expired_goes_back_to_not_started_with_an_audit_entry() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        RunClaim claim = claim(article, Output.VI);
        leaseExpires(claim);

        reset.resetExpiredClaims();

        assertThat(state(article, Output.VI)).isEqualTo(OutputState.NOT_STARTED);
        assertThat(as("ed", EDITOR, () -> audit.forArticle(article.id()))).extracting(AuditEvent::detail)
                .anyMatch(d -> d.startsWith("Drafting → Not started (run " + claim.runId() + " on ") && d.endsWith("stopped: its lease expired)"));
        assertThat(as("ed", EDITOR, () -> runs.status(claim.runId())).orElseThrow().state()).isEqualTo(RunState.FAILED);
    }

    @Test
    void an_output_held_by_a_run_with_a_valid_lease_is_left_alone() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        RunClaim claim = claim(article, Output.VI);

        reset.resetExpiredClaims();

        assertThat(state(article, Output.VI)).isEqualTo(OutputState.DRAFTING);
        assertThat(as("ed", EDITOR, () -> runs.status(claim.runId())).orElseThrow().state()).isEqualTo(RunState.RUNNING);
    }

    @Test
    void an_approved_output_whose_run_stopped_is_approved_again() {
        Article article = ReviewFixture.article(articles, ReviewFixture.SOURCE);
        var draft = ReviewFixture.generated(drafting, article, Output.RU, ReviewFixture.RUSSIAN, "ed");
        as("rev", REVIEWER, () -> approval.approve(draft.id()));
        leaseExpires(claim(article, Output.RU));

        reset.resetExpiredClaims();

        assertThat(state(article, Output.RU)).isEqualTo(OutputState.APPROVED);
    }
}
