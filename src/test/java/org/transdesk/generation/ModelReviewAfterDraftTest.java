package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.ModelReviewFindings;
import org.transdesk.review.QaBlockedException;

/**
 * With {@code transdesk.llm.review-after-draft=true} every new translation draft is reviewed by the review
 * route's model in the background; with {@code transdesk.qa.model-review-blocks=critical} a critical model
 * finding blocks approval like a QA error (and is overridden like one), a major one does not.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-review-after-draft;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.routes.default=local",
        "transdesk.llm.routes.review=local",
        "transdesk.llm.review-after-draft=true",
        "transdesk.qa.model-review-blocks=critical",
        "transdesk.llm.providers.local.type=openai",
        "transdesk.llm.providers.local.model=test-model",
        "transdesk.llm.providers.local.timeout=5s"})
@WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER"})
class ModelReviewAfterDraftTest {

    static final ScriptedModelServer SERVER = ModelReviewServiceTest.startServer();

    @Autowired GenerationService generation;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftQa qa;
    @Autowired ApprovalService approval;

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    List<QaFinding> modelIssues(Draft draft) {
        return qa.check(draft.id()).findings().stream().filter(f -> ModelReviewFindings.CHECK.equals(f.check()) && f.hasSpan()).toList();
    }

    @Test
    void a_new_draft_is_reviewed_in_the_background_and_a_critical_finding_blocks_approval_until_overridden() {
        SERVER.script(r -> !ModelReviewServiceTest.isReview(r) ? Answer.text(r.wellFormedAnswer())
                : r.body().contains("đoạn p1") ? Answer.text("{\"issues\": [{\"category\": \"omission\", \"severity\": \"critical\","
                        + " \"span\": \"hợp tác\", \"explanation\": \"The online meeting is missing.\"}]}")
                : r.body().contains("đoạn p2") ? Answer.text("{\"issues\": [{\"category\": \"style\", \"severity\": \"major\","
                        + " \"span\": \"Bản dịch\", \"explanation\": \"Not a news sentence.\"}]}")
                : Answer.text("{\"issues\": []}"));
        Article article = articles.importText("""
                ASEAN and Russia review their cooperation
                ASEAN and Russia reviewed their cooperation at an online meeting this week.
                Both sides agreed to deepen their cooperation in the coming year.""");

        generation.start(article.id(), java.util.Set.of(Output.VI), GenerationObserver.NONE).await();
        Draft draft = drafts.find(article.id(), Output.VI).orElseThrow();

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> modelIssues(draft).size() == 2);
        List<QaFinding> issues = modelIssues(draft);
        assertThat(issues).filteredOn(f -> f.segment() == 1).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("critical omission");
        });
        assertThat(issues).filteredOn(f -> f.segment() == 2).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThatThrownBy(() -> approval.approve(draft.id())).isInstanceOf(QaBlockedException.class)
                .satisfies(e -> assertThat(((QaBlockedException) e).errors()).extracting(QaFinding::check)
                        .containsExactly(ModelReviewFindings.CHECK));
        var version = approval.approve(draft.id(), "The meeting is named in the next paragraph.");
        assertThat(version.number()).isEqualTo(1);
        // the version's QA record keeps the model's findings with the others
        assertThat(approval.findingsAtApproval(version.id())).filteredOn(f -> ModelReviewFindings.CHECK.equals(f.check()) && f.hasSpan())
                .extracting(QaFinding::segment, QaFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Severity.ERROR), org.assertj.core.groups.Tuple.tuple(2, Severity.WARNING));
    }

    @Test
    void the_summary_is_not_reviewed_after_its_draft() {
        SERVER.script(r -> ModelReviewServiceTest.isReview(r) ? Answer.text("{\"issues\": []}") : Answer.text(r.wellFormedAnswer()));
        Article article = articles.importText("Headline of a short article\nOne paragraph of text about the weather today.");
        int before = SERVER.requests().size();

        generation.start(article.id(), java.util.Set.of(Output.SUMMARY), GenerationObserver.NONE).await();

        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> SERVER.requests().stream().skip(before).noneMatch(ModelReviewServiceTest::isReview));
    }
}
