package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.ModelReviewIssue;
import org.transdesk.llm.ModelReviewRequest;
import org.transdesk.llm.ModelReviewResult;
import org.transdesk.llm.ModelReviewSettings;
import org.transdesk.llm.MqmCategory;
import org.transdesk.llm.MqmSeverity;

/**
 * Model review against a scripted OpenAI-compatible server: a well-formed answer becomes checked issues with
 * their spans; an answer that invents a span, names an unknown category or is not JSON is asked again and then
 * reported as failed, with no issue made up; a server that does not answer in time is reported in a sentence.
 */
class ModelReviewThroughModelServerTest {

    static final String HEADLINE_VI = "Cảng Hải Phòng mở cửa trở lại sau bão";
    static final String BODY_VI = "Cảng Hải Phòng đã mở cửa trở lại vào sáng thứ Ba, sau hai ngày đóng cửa.";
    static final ModelReviewRequest REQUEST = new ModelReviewRequest("en", "vi", List.of(
            new ModelReviewRequest.Pair(0, "Haiphong port reopens after the storm", HEADLINE_VI),
            new ModelReviewRequest.Pair(1, "The port of Haiphong reopened on Monday morning after three days.", BODY_VI)));

    ScriptedModelServer server;
    Engines engines = new Engines();

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedModelServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Answer json(String issues) {
        return Answer.text("{\"issues\": [" + issues + "]}");
    }

    /** The headline is fine; the body has a wrong weekday and a wrong count of days. */
    static Answer wellFormed(ScriptedModelServer.Request r) {
        if (r.body().contains("Monday morning")) {
            return json("{\"category\": \"mistranslation\", \"severity\": \"critical\", \"span\": \"thứ Ba\", "
                    + "\"explanation\": \"Monday is thứ Hai, not thứ Ba.\"},"
                    + "{\"category\": \"accuracy\", \"severity\": \"major\", \"span\": \"hai ngày\", \"explanation\": \"The source says three days.\"}");
        }
        return json("");
    }

    ModelReviewResult review(ModelReviewSettings bounds) {
        return engines.engine(server, false).review(REQUEST, bounds, () -> false);
    }

    @Test
    void a_well_formed_answer_becomes_issues_with_spans_categories_severities_and_provenance() {
        server.script(ModelReviewThroughModelServerTest::wellFormed);

        ModelReviewResult result = review(ModelReviewSettings.defaults());

        assertThat(result.failed()).isEmpty();
        assertThat(result.stopped()).isNull();
        assertThat(result.issues()).hasSize(2);
        ModelReviewIssue weekday = result.issues().getFirst();
        assertThat(weekday.position()).isEqualTo(1);
        assertThat(weekday.category()).isEqualTo(MqmCategory.MISTRANSLATION);
        assertThat(weekday.severity()).isEqualTo(MqmSeverity.CRITICAL);
        assertThat(BODY_VI.substring(weekday.start(), weekday.end())).isEqualTo("thứ Ba");
        assertThat(weekday.explanation()).isEqualTo("Monday is thứ Hai, not thứ Ba.");
        ModelReviewIssue days = result.issues().get(1);
        assertThat(days.category()).isEqualTo(MqmCategory.ACCURACY);
        assertThat(BODY_VI.substring(days.start(), days.end())).isEqualTo("hai ngày");
        // one call per paragraph, source and translation in it, the lists spelled out
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().getFirst().body()).contains("Haiphong port reopens after the storm").contains(HEADLINE_VI)
                .contains("accuracy, mistranslation, omission, addition, terminology, fluency, style").contains("minor, major, critical");
        var provenance = result.provenance();
        assertThat(provenance.engine()).isEqualTo("local");
        assertThat(provenance.model()).isEqualTo("openai/test-model");
        assertThat(provenance.promptVersion()).isEqualTo("review-v1");
        assertThat(provenance.promptTokens()).isPositive();
        assertThat(provenance.completionTokens()).isPositive();
        assertThat(provenance.estimatedCost()).isPositive();
    }

    @Test
    void an_answer_in_a_markdown_fence_is_read_and_no_issues_is_a_clean_paragraph() {
        server.script(r -> Answer.text("```json\n{\"issues\": []}\n```"));

        ModelReviewResult result = review(ModelReviewSettings.defaults());

        assertThat(result.issues()).isEmpty();
        assertThat(result.failed()).isEmpty();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a_span_with_decomposed_vietnamese_tone_marks_is_found_in_the_composed_translation() {
        String decomposed = java.text.Normalizer.normalize("thứ Ba", java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("thứ Ba");
        server.script(r -> r.body().contains("Monday morning")
                ? json("{\"category\": \"mistranslation\", \"severity\": \"critical\", \"span\": \" " + decomposed + "\", \"explanation\": \"x\"}")
                : json(""));

        ModelReviewResult result = review(ModelReviewSettings.defaults());

        assertThat(result.failed()).isEmpty();
        assertThat(result.issues()).singleElement()
                .satisfies(issue -> assertThat(BODY_VI.substring(issue.start(), issue.end())).isEqualTo("thứ Ba"));
    }

    @Test
    void a_span_that_is_not_in_the_translation_is_asked_again_then_reported_failed_without_issues() {
        server.script(r -> json("{\"category\": \"omission\", \"severity\": \"major\", \"span\": \"ba ngày đóng cửa\", \"explanation\": \"x\"}"));

        ModelReviewResult result = review(ModelReviewSettings.defaults());

        assertThat(result.issues()).isEmpty();
        assertThat(result.failed()).containsOnlyKeys(0, 1);
        assertThat(result.failed().get(1).english()).contains("the span \"ba ngày đóng cửa\" is not in the translation").contains("3 attempts");
        assertThat(server.requests()).hasSize(6); // two paragraphs, each asked once and again twice
        assertThat(server.requests().get(1).body()).contains("Your previous answer was rejected").contains("is not in the translation");
    }

    @Test
    void an_unknown_category_is_asked_again_then_reported_failed() {
        server.script(r -> json("{\"category\": \"grammar\", \"severity\": \"minor\", \"span\": \"Cảng\", \"explanation\": \"x\"}"));

        ModelReviewResult result = review(new ModelReviewSettings(false, Duration.ofSeconds(30), 10, 1));

        assertThat(result.issues()).isEmpty();
        assertThat(result.failed().get(0).english()).startsWith("unknown category \"grammar\"").contains("2 attempts");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void an_unknown_severity_is_reported_like_an_unknown_category() {
        server.script(r -> json("{\"category\": \"style\", \"severity\": \"blocker\", \"span\": \"Cảng\", \"explanation\": \"x\"}"));

        ModelReviewResult result = review(new ModelReviewSettings(false, Duration.ofSeconds(30), 10, 0));

        assertThat(result.issues()).isEmpty();
        assertThat(result.failed().get(1).english()).startsWith("unknown severity \"blocker\"");
    }

    @Test
    void an_answer_that_is_not_json_is_asked_again_then_reported_failed() {
        server.script(r -> Answer.text("The translation looks fine to me, apart from the weekday."));

        ModelReviewResult result = review(ModelReviewSettings.defaults());

        assertThat(result.issues()).isEmpty();
        assertThat(result.failed()).hasSize(2).allSatisfy((position, problem) -> assertThat(problem.english()).startsWith("the answer was not well-formed JSON"));
    }

    @Test
    void a_cut_off_answer_an_issue_without_span_and_a_flood_of_issues_are_each_rejected() {
        String issue = "{\"category\": \"style\", \"severity\": \"minor\", \"span\": \"Cảng\", \"explanation\": \"x\"}";
        var noReasks = new ModelReviewSettings(false, Duration.ofSeconds(30), 10, 0);

        server.script(r -> Answer.cutOff("{\"issues\": [" + issue + "]}"));
        assertThat(review(noReasks).failed().get(0).english()).startsWith("the answer was cut off at the model's token limit");

        server.script(r -> json("{\"category\": \"style\", \"severity\": \"minor\", \"explanation\": \"x\"}"));
        assertThat(review(noReasks).failed().get(0).english()).startsWith("an issue has no span");

        server.script(r -> json(String.join(",", java.util.Collections.nCopies(ReviewAnswer.MAX_ISSUES + 1, issue))));
        ModelReviewResult flood = review(noReasks);
        assertThat(flood.failed().get(0).english()).startsWith("the answer lists 13 issues for one paragraph (at most 12)");
        assertThat(flood.issues()).isEmpty();

        server.script(r -> Answer.text("   "));
        assertThat(review(noReasks).failed().get(1).english()).startsWith("the answer was empty");
    }

    @Test
    void one_bad_issue_rejects_the_whole_answer_and_a_good_second_answer_is_taken() {
        server.answers(List.of(
                r -> json("{\"category\": \"style\", \"severity\": \"minor\", \"span\": \"Cảng\", \"explanation\": \"ok\"},"
                        + "{\"category\": \"style\", \"severity\": \"minor\", \"span\": \"invented words\", \"explanation\": \"no\"}"),
                r -> json("{\"category\": \"style\", \"severity\": \"minor\", \"span\": \"sau bão\", \"explanation\": \"ok\"}"),
                r -> json("")));

        ModelReviewResult result = review(ModelReviewSettings.defaults());

        assertThat(result.failed()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.position()).isZero();
            assertThat(HEADLINE_VI.substring(issue.start(), issue.end())).isEqualTo("sau bão");
        });
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_reported_as_a_sentence() {
        server.script(r -> new Answer.Hang());

        ModelReviewResult result = engines.engine(server, false, 1, Duration.ofSeconds(1)).review(REQUEST, ModelReviewSettings.defaults(), () -> false);

        assertThat(result.issues()).isEmpty();
        assertThat(result.failed()).isEmpty();
        assertThat(result.notReviewed()).containsExactly(0, 1);
        // the provider's timeout or the HTTP client's, whichever notices first: either way a sentence that says so
        assertThat(result.stopped().english()).startsWith("The model review stopped at the headline: model 'local' failed: ")
                .containsPattern("(No answer within 1 s|did not answer in time) \\(timeout\\)\\. Not reviewed: the headline, paragraph 1\\.$");
    }

    @Test
    void the_run_stops_at_its_time_limit_and_names_what_it_did_not_reach() {
        server.script(ModelReviewThroughModelServerTest::wellFormed).delay(Duration.ofMillis(1500));

        long start = System.nanoTime();
        ModelReviewResult result = review(new ModelReviewSettings(false, Duration.ofSeconds(1), 10, 2));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));
        assertThat(result.issues()).isEmpty();
        assertThat(result.notReviewed()).containsExactly(0, 1);
        assertThat(result.stopped().english()).startsWith("The model review stopped at its time limit of 1 s");
        assertThat(result.stopped().in(java.util.Locale.forLanguageTag("ru"))).isEqualTo("Проверка моделью остановлена: истекло отведённое"
                + " на неё время (1 с, transdesk.llm.review-timeout); не проверены: заголовок, абзац 1.");
    }

    @Test
    void paragraphs_beyond_the_cap_are_not_sent_and_are_named() {
        server.script(ModelReviewThroughModelServerTest::wellFormed);

        ModelReviewResult result = review(new ModelReviewSettings(false, Duration.ofSeconds(30), 1, 2));

        assertThat(server.requests()).hasSize(1);
        assertThat(result.notReviewed()).containsExactly(1);
        assertThat(result.stopped().english()).isEqualTo("Only the first 1 paragraphs were reviewed (transdesk.llm.review-max-paragraphs); "
                + "not reviewed: paragraph 1.");
        assertThat(result.stopped().in(java.util.Locale.forLanguageTag("ru")))
                .isEqualTo("Проверен только первый абзац (transdesk.llm.review-max-paragraphs); не проверены: абзац 1.");
        assertThat(result.stopped().in(java.util.Locale.forLanguageTag("vi")))
                .isEqualTo("Chỉ 1 đoạn đầu được rà soát (transdesk.llm.review-max-paragraphs); chưa rà soát: đoạn 1.");
    }

    @Test
    void cancel_stops_the_run() {
        AtomicBoolean cancel = new AtomicBoolean();
        server.script(r -> {
            cancel.set(true);
            return new Answer.Hang();
        });

        assertThatThrownBy(() -> engines.engine(server, false).review(REQUEST, ModelReviewSettings.defaults(), cancel::get))
                .isInstanceOf(GenerationCancelledException.class);
        assertThat(server.requests()).hasSize(1);
    }
}
