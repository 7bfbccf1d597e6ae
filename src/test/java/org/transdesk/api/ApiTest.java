package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: token authentication, role rules, problem details, the CMS round trip. */
@ApiHttpTest
class ApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    org.transdesk.memory.TranslationMemory memory;

    final HttpClient http = HttpClient.newHttpClient();
    String editorToken;
    String reviewerToken;
    String revokedToken;

    @BeforeAll
    void tokens() {
        editorToken = as("editor", "ROLE_EDITOR", () -> tokens.create("cms").secret());
        reviewerToken = as("reviewer", "ROLE_REVIEWER", () -> tokens.create("desk").secret());
        revokedToken = as("editor", "ROLE_EDITOR", () -> {
            CreatedApiToken old = tokens.create("old laptop");
            tokens.revoke(old.token().id());
            return old.secret();
        });
    }

    private static <T> T as(String user, String role, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_EDITOR", role));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null, null);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void missingInvalidAndRevokedTokensGet401ProblemDetails() throws Exception {
        for (String token : new String[] {null, "tdk_not-a-real-token", revokedToken}) {
            HttpResponse<String> response = get("/api/v1/articles", token);

            assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json(response).get("status").asInt()).isEqualTo(401);
            assertThat(json(response).get("detail").asString()).contains("token");
        }
        assertThat(send("GET", "/api/v1/articles", null, null, null).headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"transdesk\"");
    }

    @Test
    void anEditorImportsGeneratesAndReadsButCannotApproveWhichAReviewerCan() throws Exception {
        // the memory knows the headline only: the offline engine drafts it and leaves the paragraph empty
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("api-test-setup", null, "ROLE_EDITOR"));
        try {
            memory.addAll(java.util.List.of(new org.transdesk.memory.TranslationUnit("en", "vi", "ASEAN, Russia look to further deepen strategic partnership",
                    "ASEAN và Nga hướng tới làm sâu sắc hơn nữa quan hệ đối tác chiến lược", "paragraph", "test", null)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        HttpResponse<String> imported = send("POST", "/api/v1/articles", editorToken, "text/plain; charset=utf-8",
                "ASEAN, Russia look to further deepen strategic partnership\nBoth sides pledged cooperation in " + System.nanoTime() + ".");
        assertThat(imported.statusCode()).isEqualTo(201);
        long id = json(imported).get("id").asLong();
        assertThat(json(imported).get("outputs").get("vi").asString()).isEqualTo("NOT_STARTED");

        HttpResponse<String> started = send("POST", "/api/v1/articles/" + id + "/outputs/vi/generate", editorToken, null, null);
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).hasValue(ApiHttpTest.PUBLIC_URL + "/api/v1/articles/" + id + "/outputs/vi/progress");
        JsonNode progress = json(get("/api/v1/articles/" + id + "/outputs/vi/progress", editorToken));
        for (int poll = 0; poll < 600 && !progress.get("run").asString().equals("FINISHED"); poll++) {
            assertThat(progress.get("run").asString()).isNotEqualTo("FAILED");
            Thread.sleep(100);
            progress = json(get("/api/v1/articles/" + id + "/outputs/vi/progress", editorToken));
        }
        assertThat(progress.get("state").asString()).isEqualTo("NEEDS_REVIEW");

        JsonNode draft = json(get("/api/v1/articles/" + id + "/outputs/vi/draft", editorToken));
        assertThat(draft.get("segments").size()).isEqualTo(2);

        HttpResponse<String> editorApproves = send("POST", "/api/v1/articles/" + id + "/outputs/vi/approve", editorToken, null, null);
        assertThat(editorApproves.statusCode()).isEqualTo(403);
        assertThat(json(editorApproves).get("title").asString()).isEqualTo("Forbidden");

        HttpResponse<String> blocked = send("POST", "/api/v1/articles/" + id + "/outputs/vi/approve", reviewerToken, null, null);
        assertThat(blocked.statusCode()).as("the memory has only the headline: the empty paragraph is a QA error that blocks approval")
                .isEqualTo(422);
        assertThat(json(blocked).get("detail").asString()).contains("QA error");

        HttpResponse<String> reviewerApproves = send("POST", "/api/v1/articles/" + id + "/outputs/vi/approve", reviewerToken,
                "application/json", "{\"overrideReason\": \"Publishing the headline alone until a translator is free\"}");
        assertThat(reviewerApproves.statusCode()).isEqualTo(200);
        assertThat(json(reviewerApproves).get("approvedBy").asString()).isEqualTo("reviewer");

        HttpResponse<String> html = get("/api/v1/articles/" + id + "/outputs/vi/approved?format=html", editorToken);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<html lang=\"vi\" dir=\"ltr\">");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).contains("asean-russia-look-to-further-deepen-strategic-partnership");

        JsonNode listed = json(get("/api/v1/articles?search=deepen%20strategic", editorToken));
        assertThat(listed.valueStream().filter(a -> a.get("id").asLong() == id).findFirst().orElseThrow()
                .get("outputs").get("vi").asString()).isEqualTo("APPROVED");
    }

    @Test
    void errorsAreProblemDetailsWithAClearMessage() throws Exception {
        HttpResponse<String> missing = get("/api/v1/articles/999999", editorToken);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").asString()).contains("does not exist");

        HttpResponse<String> empty = send("POST", "/api/v1/articles", editorToken, "text/plain", "   ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(json(empty).get("detail").asString()).contains("empty");

        HttpResponse<String> output = get("/api/v1/articles/1/outputs/fr/draft", editorToken);
        assertThat(output.statusCode()).isEqualTo(404);
        assertThat(json(output).get("detail").asString()).contains("Unknown output 'fr'");
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutAToken() throws Exception {
        HttpResponse<String> openapi = get("/api/v1/openapi.json", null);

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(json(openapi).get("paths").has("/api/v1/articles/{id}/outputs/{output}/generate")).isTrue();
    }
}
