package org.transdesk.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.transdesk.Application;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.memory.LearningReport;
import org.transdesk.memory.MemoryLearning;
import org.transdesk.memory.SkipReason;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;

/**
 * Learning from an approval runs after the approval commits and is not lost when it fails: the event
 * publication registry keeps the approval until the learner succeeds, whether it is resubmitted while the
 * app runs or republished when the app starts again.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:learning-after-failure;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        // no timer in this test: it calls the retry itself
        "transdesk.memory.learning-retry=0s"})
@WithMockUser(username = "rita", roles = {"EDITOR", "REVIEWER"})
class LearningAfterFailureTest {

    static final String DATABASE = "jdbc:h2:mem:learning-after-failure;DB_CLOSE_DELAY=-1";

    @MockitoSpyBean
    LearningReports reports;
    @Autowired
    ArticleService articles;
    @Autowired
    DraftingService drafting;
    @Autowired
    ApprovalService approval;
    @Autowired
    TranslationMemory memory;
    @Autowired
    MemoryLearning learning;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    LearningRetry retry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    @BeforeEach
    void learningFails() {
        doThrow(new IllegalStateException("simulated failure while learning")).when(reports).save(any());
    }

    /** Approves a Russian translation whose second paragraph is approved over a QA error (numbers differ). */
    private Article approveFailingToLearn(String day, String russianDay) {
        Article article = articles.importText("Port reopens\nThe port handled 40 ships last week.\nTrade resumed on " + day + ".");
        var draft = drafting.saveGenerated(article.id(), Output.RU, 1, Fixtures.draft("Порт снова открыт",
                "На прошлой неделе порт принял 14 судов.", "Торговля возобновилась в " + russianDay + "."));
        approval.approve(draft.id(), "numbers checked with the harbour master");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> publication(article).map(p -> "FAILED".equals(p.get("STATUS"))).orElse(false));
        return article;
    }

    private java.util.Optional<Map<String, Object>> publication(Article article) {
        return jdbc.sql("select status, completion_date, serialized_event from event_publication where event_type like '%VersionApproved'")
                .query().listOfRows().stream()
                .filter(row -> row.get("SERIALIZED_EVENT").toString().contains("\"articleId\":" + article.id() + ","))
                .findFirst();
    }

    private LearningReport awaitReport(Article article) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(20))
                .until(() -> learning.report(article.id(), Output.RU, 1), java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void a_failed_learning_stays_incomplete_and_is_completed_when_resubmitted() {
        Article article = approveFailingToLearn("Monday", "понедельник");

        assertThat(publication(article)).get().satisfies(p -> assertThat(p.get("COMPLETION_DATE")).isNull());
        assertThat(memory.exact("Trade resumed on Monday.", "en", "ru")).as("the failed learning rolled back").isEmpty();
        assertThat(learning.report(article.id(), Output.RU, 1)).isEmpty();

        doCallRealMethod().when(reports).save(any());
        incomplete.resubmitIncompletePublications(publication -> true);
        LearningReport report = awaitReport(article);

        assertThat(memory.exact("Trade resumed on Monday.", "en", "ru")).get()
                .satisfies(m -> assertThat(m.targetText()).isEqualTo("Торговля возобновилась в понедельник."));
        // the event was stored and read back whole: approver and the open QA error survived the registry
        assertThat(report.approvedBy()).isEqualTo("rita");
        assertThat(report.skippedParagraphs()).extracting(LearningReport.Skipped::reason).containsExactly(SkipReason.OPEN_QA_ERROR);
        await().atMost(Duration.ofSeconds(10)).until(() -> publication(article).isEmpty());
    }

    @Test
    void a_failed_learning_is_retried_while_the_app_runs() {
        Article article = approveFailingToLearn("Wednesday", "среду");

        doCallRealMethod().when(reports).save(any());
        retry.retry();

        assertThat(awaitReport(article).learnedParagraphs()).isEqualTo(2);
        assertThat(memory.exact("Trade resumed on Wednesday.", "en", "ru")).isPresent();
    }

    @Test
    void an_incomplete_learning_is_republished_when_the_application_starts_again() {
        Article article = approveFailingToLearn("Tuesday", "вторник");

        // the same application started again (a restart, or a second node) on the same database: no failure there
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                // as arguments: they must beat application.yml
                .run("--spring.datasource.url=" + DATABASE, "--transdesk.samples.load-on-empty-database=false",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")) {
            SecurityContextHolder.setContextHolderStrategy(securityStrategy);
            LearningReport report = awaitReport(article);

            assertThat(report.learnedParagraphs()).isEqualTo(2);
            assertThat(memory.exact("Trade resumed on Tuesday.", "en", "ru")).isPresent();
            await().atMost(Duration.ofSeconds(10)).until(() -> publication(article).isEmpty());
        } finally {
            SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        }
    }
}
