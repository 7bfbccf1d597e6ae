package org.transdesk.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.ModelReviewFindings;
import org.transdesk.support.AlsoOnPostgres;

/**
 * Model review of a stored draft through a scripted OpenAI-compatible server (issue #17): offered only with a
 * review route; a well-formed review becomes stored QA findings of their own kind, with spans, the model's
 * provenance and cost; answers that stay invalid are reported as failed paragraphs without findings; a server
 * that does not answer is reported in a sentence; model findings do not block approval by default. Also on
 * PostgreSQL (migration V23_1 and the repository).
 */
@AlsoOnPostgres
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:model-review;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.llm.routes.default=local",
        "transdesk.llm.providers.local.type=openai",
        "transdesk.llm.providers.local.model=test-model",
        "transdesk.llm.providers.local.timeout=2s",
        "transdesk.llm.providers.local.max-attempts=1",
        "transdesk.llm.providers.local.input-price-per-million=0.50",
        "transdesk.llm.providers.local.output-price-per-million=1.50"})
@WithMockUser(username = "editor", roles = {"EDITOR", "REVIEWER", "ADMIN"})
class ModelReviewServiceTest {

    static final ScriptedModelServer SERVER = startServer();

    @Autowired ModelReviewService reviews;
    @Autowired GenerationService generation;
    @Autowired ArticleService articles;
    @Autowired DraftService drafts;
    @Autowired DraftQa qa;
    @Autowired ApprovalService approval;
    @Autowired ModelSettingsService modelSettings;
    @Autowired org.transdesk.review.EditingService editing;

    static ScriptedModelServer startServer() {
        try {
            return new ScriptedModelServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.local.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @BeforeEach
    void reviewRoute() {
        modelSettings.setRoute("review", "local"); // as an ADMIN does under Model settings
    }

    static boolean isReview(ScriptedModelServer.Request r) {
        return r.body().contains("Review this translation");
    }

    /** Drafts by the scripted model; reviews by {@code review}. */
    static void script(Function<ScriptedModelServer.Request, Answer> review) {
        SERVER.script(r -> isReview(r) ? review.apply(r) : Answer.text(r.wellFormedAnswer()));
    }

    Draft drafted() {
        Article article = articles.importText("""
                ASEAN and Russia review their cooperation
                ASEAN and Russia reviewed their cooperation at an online meeting this week.
                Both sides agreed to deepen their cooperation in the coming year.""");
        generation.start(article.id(), java.util.Set.of(Output.VI), GenerationObserver.NONE).await();
        return drafts.find(article.id(), Output.VI).orElseThrow();
    }

    List<QaFinding> modelFindings(Draft draft) {
        return qa.check(draft.id()).findings().stream().filter(f -> ModelReviewFindings.CHECK.equals(f.check())).toList();
    }

    @Test
    void without_a_review_route_no_reviewer_is_offered_and_the_service_refuses() {
        script(r -> Answer.text("{\"issues\": []}"));
        Draft draft = drafted();
        modelSettings.clearRoute("review");
        int before = SERVER.requests().size();

        assertThat(reviews.reviewer()).isEmpty();
        assertThatThrownBy(() -> reviews.review(draft.articleId(), Output.VI, () -> false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Model review is not set up");
        assertThat(SERVER.requests()).hasSize(before);
        assertThat(modelFindings(draft)).isEmpty();
    }

    @Test
    void a_well_formed_review_is_stored_as_findings_of_their_own_kind_with_spans_provenance_and_cost() {
        script(r -> r.body().contains("đoạn p1")
                ? Answer.text("{\"issues\": [{\"category\": \"mistranslation\", \"severity\": \"critical\", \"span\": \"hợp tác\","
                        + " \"explanation\": \"The paragraph is about a meeting, not only cooperation.\"}]}")
                : Answer.text("{\"issues\": []}"));
        Draft draft = drafted();

        assertThat(reviews.reviewer()).hasValueSatisfying(engine -> assertThat(engine.model()).isEqualTo("openai/test-model"));
        ModelReviewOutcome outcome = reviews.review(draft.articleId(), Output.VI, () -> false);

        assertThat(outcome).isEqualTo(new ModelReviewOutcome(3, 1, 0, null));
        List<QaFinding> found = modelFindings(draft);
        QaFinding issue = found.stream().filter(QaFinding::hasSpan).findFirst().orElseThrow();
        assertThat(issue.segment()).isEqualTo(1);
        assertThat(draft.texts().get(1).substring(issue.start(), issue.end())).isEqualTo("hợp tác");
        assertThat(issue.severity()).isEqualTo(Severity.WARNING); // critical, but by default a model's opinion does not block
        assertThat(issue.message()).contains("critical mistranslation").contains("a meeting").contains("openai/test-model");
        QaFinding summary = found.stream().filter(f -> f.segment() == -1).findFirst().orElseThrow();
        assertThat(summary.severity()).isEqualTo(Severity.INFO);
        assertThat(summary.message()).startsWith("Model review by openai/test-model on 'local': 1 issue in 3 paragraphs;")
                .contains(" tokens, cost 0.").contains("editor");
        assertThat(found).hasSize(2);
    }

    @Test
    void answers_that_keep_inventing_spans_are_reported_as_failed_paragraphs_without_findings() {
        script(r -> Answer.text("{\"issues\": [{\"category\": \"omission\", \"severity\": \"major\", \"span\": \"ba ngày họp\","
                + " \"explanation\": \"invented\"}]}"));
        Draft draft = drafted();
        int before = SERVER.requests().size();

        ModelReviewOutcome outcome = reviews.review(draft.articleId(), Output.VI, () -> false);

        assertThat(outcome.failed()).isEqualTo(3);
        assertThat(outcome.issues()).isZero();
        assertThat(SERVER.requests().size() - before).isEqualTo(9); // each paragraph asked once and again twice
        List<QaFinding> found = modelFindings(draft);
        assertThat(found).noneMatch(QaFinding::hasSpan);
        assertThat(found).filteredOn(f -> f.segment() == 2).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).startsWith("Model review failed for paragraph 2: the span \"ba ngày họp\" is not in the translation");
        });
        assertThat(found).filteredOn(f -> f.segment() == 0).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Model review failed for the headline:"));
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_reported_as_a_sentence() {
        script(r -> new Answer.Hang());
        Draft draft = drafted();

        ModelReviewOutcome outcome = reviews.review(draft.articleId(), Output.VI, () -> false);

        assertThat(outcome.reviewed()).isZero();
        // the provider's timeout or the HTTP client's, whichever notices first: either way a sentence that says so
        assertThat(outcome.stopped()).startsWith("The model review stopped at the headline: model 'local' failed: ")
                .containsPattern("(No answer within 2 s|did not answer in time) \\(timeout\\)\\. Not reviewed: the headline, paragraph 1, paragraph 2\\.$");
        assertThat(modelFindings(draft)).extracting(QaFinding::message).contains(outcome.stopped());
    }

    @Test
    void model_findings_do_not_block_approval_by_default() {
        script(r -> Answer.text("{\"issues\": [{\"category\": \"accuracy\", \"severity\": \"critical\", \"span\": \"hợp tác\","
                + " \"explanation\": \"wrong\"}]}"));
        Draft draft = drafted();
        assertThat(qa.check(draft.id()).errors()).isEmpty();

        reviews.review(draft.articleId(), Output.VI, () -> false);

        assertThat(modelFindings(draft)).filteredOn(QaFinding::hasSpan).hasSize(3);
        assertThat(qa.check(draft.id()).errors()).isEmpty();
        assertThat(approval.approve(draft.id()).number()).isEqualTo(1);
    }

    @Test
    void a_finding_is_no_longer_shown_once_its_paragraph_is_edited_and_the_rest_stay() {
        script(r -> Answer.text("{\"issues\": [{\"category\": \"fluency\", \"severity\": \"minor\", \"span\": \"hợp tác\","
                + " \"explanation\": \"clumsy\"}]}"));
        Draft draft = drafted();
        reviews.review(draft.articleId(), Output.VI, () -> false);
        assertThat(modelFindings(draft)).filteredOn(QaFinding::hasSpan).extracting(QaFinding::segment).containsExactly(0, 1, 2);

        editing.editSegment(draft.id(), 1, "ASEAN và Nga đã điểm lại quan hệ trong cuộc họp trực tuyến tuần này.",
                draft.segments().get(1).revision());

        List<QaFinding> found = modelFindings(draft);
        assertThat(found).filteredOn(QaFinding::hasSpan).extracting(QaFinding::segment).containsExactly(0, 2);
        assertThat(found).filteredOn(f -> f.segment() == -1).singleElement().satisfies(f -> assertThat(f.message())
                .contains("3 issues in 3 paragraphs").endsWith("1 finding is no longer shown: the paragraph changed since the review."));
    }

    @Test
    void the_summary_is_not_reviewed() {
        Article article = articles.importText("Headline\nOne paragraph of text.");
        assertThatThrownBy(() -> reviews.review(article.id(), Output.SUMMARY, () -> false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Only translations");
    }

    // issue #15: a Russian or Vietnamese reviewer reads the model review's own sentences in their language

    static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");
    static final java.util.Locale RU = java.util.Locale.forLanguageTag("ru");

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_issue_and_the_summary_read_in_russian_and_vietnamese_with_the_models_explanation_as_written() {
        script(r -> r.body().contains("đoạn p1")
                ? Answer.text("{\"issues\": [{\"category\": \"terminology\", \"severity\": \"major\", \"span\": \"hợp tác\","
                        + " \"explanation\": \"Use the house term.\"}]}")
                : Answer.text("{\"issues\": []}"));
        Draft draft = drafted();
        reviews.review(draft.articleId(), Output.VI, () -> false);

        List<QaFinding> found = modelFindings(draft);
        QaFinding issue = found.stream().filter(QaFinding::hasSpan).findFirst().orElseThrow();
        assertThat(issue.message()).isEqualTo("Model review: major terminology \u2014 Use the house term. (openai/test-model)");
        assertThat(issue.phrase().english()).isEqualTo(issue.message());
        assertThat(issue.phrase().in(RU)).isEqualTo("Проверка моделью (openai/test-model): терминология, серьёзная ошибка \u2014 Use the house term.");
        assertThat(issue.phrase().in(VI)).isEqualTo("Mô hình rà soát (openai/test-model): thuật ngữ, lỗi nặng \u2014 Use the house term.");
        QaFinding summary = found.stream().filter(f -> f.segment() == -1).findFirst().orElseThrow();
        assertThat(summary.phrase().english()).isEqualTo(summary.message());
        assertThat(summary.phrase().in(RU)).startsWith("Проверка моделью openai/test-model («local»): 1 замечание в 3 абзацах; ")
                .contains(" токен").contains(", стоимость 0,").contains("editor");
        assertThat(summary.phrase().in(VI)).startsWith("Mô hình openai/test-model (máy “local”) đã rà soát 3 đoạn, có 1 nhận xét; ");
    }

    @Test
    void a_failed_paragraph_reads_in_russian_and_vietnamese_and_one_stored_before_reads_its_english_reason() {
        script(r -> Answer.text("{\"issues\": [{\"category\": \"omission\", \"severity\": \"major\", \"span\": \"ba ngày họp\","
                + " \"explanation\": \"invented\"}]}"));
        Draft draft = drafted();
        reviews.review(draft.articleId(), Output.VI, () -> false);

        List<QaFinding> found = modelFindings(draft);
        QaFinding second = found.stream().filter(f -> f.segment() == 2).findFirst().orElseThrow();
        assertThat(second.phrase().english()).isEqualTo(second.message());
        assertThat(second.phrase().in(RU)).isEqualTo("Модели не удалось проверить абзац 2: фрагмента \"ba ngày họp\" нет в переводе"
                + " (3 попытки); замечаний модели к нему нет.");
        assertThat(second.phrase().in(VI)).isEqualTo("Mô hình không rà soát được đoạn 2: đoạn chữ \"ba ngày họp\" không có trong bản dịch"
                + " (đã thử 3 lần); phần này không có nhận xét nào của mô hình.");
        assertThat(found.stream().filter(f -> f.segment() == 0).findFirst().orElseThrow().phrase().in(RU))
                .startsWith("Модели не удалось проверить заголовок: ");
        assertThat(found.stream().filter(f -> f.segment() == -1).findFirst().orElseThrow().phrase().in(RU))
                .startsWith("Проверка моделью openai/test-model («local»): 0 замечаний в 3 абзацах, не удалось проверить 3 абзаца; ");

        // a review stored before its sentences were kept as phrases: our frame around the English reason it kept
        jdbc.sql("update model_review_finding set explanation = 'the answer was empty (1 attempt)' where segment = 2"
                + " and review_id in (select id from model_review where draft_id = ?)").param(draft.id()).update();
        QaFinding old = modelFindings(draft).stream().filter(f -> f.segment() == 2).findFirst().orElseThrow();
        assertThat(old.message()).isEqualTo("Model review failed for paragraph 2: the answer was empty (1 attempt); no findings from the model for it.");
        assertThat(old.phrase().in(RU)).isEqualTo("Модели не удалось проверить абзац 2: the answer was empty (1 attempt); замечаний модели к нему нет.");
    }

    @Test
    void a_review_stopped_by_a_server_that_does_not_answer_reads_in_russian_and_vietnamese() {
        script(r -> new Answer.Hang());
        Draft draft = drafted();
        ModelReviewOutcome outcome = reviews.review(draft.articleId(), Output.VI, () -> false);

        QaFinding stopped = modelFindings(draft).stream().filter(f -> f.message().equals(outcome.stopped())).findFirst().orElseThrow();
        assertThat(stopped.phrase().english()).isEqualTo(outcome.stopped());
        assertThat(outcome.stoppedPhrase()).as("the notice can say it in the screen's language too").isEqualTo(stopped.phrase());
        assertThat(stopped.phrase().in(RU)).startsWith("Проверка моделью прервана (заголовок): модель «local» дала сбой. ")
                .endsWith(" Не проверены: заголовок, абзац 1, абзац 2.").doesNotContain("Not reviewed").doesNotContain("@@");
        assertThat(stopped.phrase().in(VI)).startsWith("Mô hình dừng rà soát ở tiêu đề: mô hình “local” gặp lỗi: ")
                .endsWith(" Chưa rà soát: tiêu đề, đoạn 1, đoạn 2.");

        // a stop stored before it was kept as a phrase reads as it was written
        jdbc.sql("update model_review set stopped = 'The model review stopped at the headline: model ''local'' failed.' where draft_id = ?")
                .param(draft.id()).update();
        assertThat(modelFindings(draft)).filteredOn(f -> f.message().startsWith("The model review stopped")).singleElement()
                .satisfies(f -> assertThat(f.phrase().in(RU)).isEqualTo("The model review stopped at the headline: model 'local' failed."));
    }
}
