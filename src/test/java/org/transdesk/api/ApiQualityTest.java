package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.transdesk.analytics.Grouping;
import org.transdesk.analytics.QualityFigures;
import org.transdesk.analytics.QualityRow;
import tools.jackson.databind.JsonNode;

/**
 * Post-edit figures over the API, as JSON and as CSV, for reviewers only: the same rows the Quality
 * view shows, and an editor's token is refused with a problem document.
 */
@ApiHttpTest
class ApiQualityTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    QualityFigures figures;

    ApiClient api;
    String editor;
    String reviewer;

    @BeforeAll
    void approveAnArticle() throws Exception {
        api = new ApiClient(port);
        editor = ApiClient.token(tokens, "editor", "ROLE_EDITOR");
        reviewer = ApiClient.token(tokens, "reviewer", "ROLE_REVIEWER");
        api.teachVietnamese(reviewer, "Quality API story", "Câu chuyện API chất lượng", "Figures are measured after approval.",
                "Số liệu được đo sau khi duyệt.");
        long article = api.importArticle(editor, "Quality API story\nFigures are measured after approval.");
        api.approve(editor, reviewer, article, "vi");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> route(report("route")).isPresent());
    }

    private JsonNode report(String groupBy) throws Exception {
        HttpResponse<String> response = api.get("/api/v1/quality?groupBy=" + groupBy, reviewer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static java.util.Optional<JsonNode> route(JsonNode report) {
        return report.get("rows").valueStream().filter(r -> r.get("key").get(0).asString().equals("vi")
                && r.get("key").get(1).asString().equals("offline")).findFirst();
    }

    @Test
    void a_reviewer_reads_the_rows_the_quality_view_shows() throws Exception {
        JsonNode report = report("route");
        QualityRow expected = ApiClient.as("reviewer", "ROLE_REVIEWER", () -> figures.rows(Grouping.ROUTE, null)).stream()
                .filter(r -> r.key().get(0).equals("vi") && r.key().get(1).equals("offline")).findFirst().orElseThrow();
        JsonNode row = route(report).orElseThrow();

        assertThat(report.get("groupBy").asString()).isEqualTo("route");
        assertThat(report.get("month").isNull()).isTrue();
        assertThat(report.get("keyColumns").valueStream().map(JsonNode::asString).toList()).containsExactly("output", "engine", "model");
        assertThat(row.get("versions").asInt()).isEqualTo(expected.versions()).isPositive();
        assertThat(row.get("paragraphs").asInt()).isEqualTo(expected.paragraphs());
        assertThat(row.get("editedParagraphs").asInt()).isEqualTo(expected.editedParagraphs());
        assertThat(row.get("meanChrf").asDouble()).isEqualTo(expected.meanChrf());
        assertThat(row.get("meanHter").asDouble()).isEqualTo(expected.meanHter());
        assertThat(row.get("approvedWords").asInt()).isEqualTo(expected.approvedWords());
        assertThat(row.get("medianSecondsToApproval").asLong()).isEqualTo(expected.medianTimeToApproval().toSeconds());
    }

    @Test
    void the_csv_has_a_header_and_the_same_rows() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/quality/csv?groupBy=language", reviewer);
        JsonNode json = report("language");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("quality-language.csv"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("language,versions,paragraphs,edited_paragraphs,edited_share,mean_chrf,mean_hter,"
                + "median_seconds_to_approval,approved_words,cost,cost_per_approved_word");
        assertThat(lines).hasSize(1 + json.get("rows").size());
        JsonNode vi = json.get("rows").valueStream().filter(r -> r.get("key").get(0).asString().equals("vi")).findFirst().orElseThrow();
        assertThat(lines).anyMatch(l -> l.startsWith("vi," + vi.get("versions").asInt() + "," + vi.get("paragraphs").asInt() + ","));
    }

    @Test
    void an_editor_is_refused_with_a_problem_document() throws Exception {
        for (String path : new String[] {"/api/v1/quality", "/api/v1/quality/csv"}) {
            HttpResponse<String> response = api.get(path, editor);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(ApiClient.json(response).get("detail").asString()).contains("quality figures");
        }
    }

    @Test
    void a_month_that_is_not_yyyy_mm_is_a_bad_request() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/quality?month=12-2026", reviewer);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("YYYY-MM");
    }
}
