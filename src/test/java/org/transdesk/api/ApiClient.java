package org.transdesk.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the API under test, and API tokens for the demo accounts. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    /** A new token of {@code user}, who has {@code role} (and EDITOR, which every role includes). */
    public static String token(ApiTokenService tokens, String user, String role) {
        return as(user, role, () -> tokens.create("test " + System.nanoTime()).secret());
    }

    public static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_EDITOR", role));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public HttpResponse<String> send(String method, String path, String token, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return send(method, path, token, contentType, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    public HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String token, String... headers) throws IOException, InterruptedException {
        return send("GET", path, token, null, (byte[]) null, headers);
    }

    public HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Imports a text article and answers its id. */
    public long importArticle(String token, String text) throws IOException, InterruptedException {
        HttpResponse<String> imported = send("POST", "/api/v1/articles", token, "text/plain; charset=utf-8", text);
        if (imported.statusCode() != 201) {
            throw new AssertionError("import answered " + imported.statusCode() + ": " + imported.body());
        }
        return json(imported).get("id").asLong();
    }

    /** Starts drafting an output and waits until its draft needs review. */
    public void draft(String token, long articleId, String output) throws IOException, InterruptedException {
        HttpResponse<String> started = send("POST", "/api/v1/articles/" + articleId + "/outputs/" + output + "/generate", token, null, (byte[]) null);
        if (started.statusCode() != 202) {
            throw new AssertionError("generate answered " + started.statusCode() + ": " + started.body());
        }
        awaitDraft(token, articleId, output);
    }

    /** Waits until the draft of an output needs review. */
    public void awaitDraft(String token, long articleId, String output) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(100)).until(() ->
                json(get("/api/v1/articles/" + articleId + "/outputs/" + output + "/progress", token)).get("state").asString().equals("NEEDS_REVIEW"));
    }

    /**
     * Teaches the translation memory English → Vietnamese pairs through the API's TMX import, so the
     * offline engine drafts those paragraphs (it leaves a paragraph without a full match empty).
     */
    public void teachVietnamese(String token, String... sourceAndTarget) throws IOException, InterruptedException {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i + 1 < sourceAndTarget.length; i += 2) {
            units.append("<tu><tuv xml:lang=\"en\"><seg>").append(sourceAndTarget[i]).append("</seg></tuv><tuv xml:lang=\"vi\"><seg>")
                    .append(sourceAndTarget[i + 1]).append("</seg></tuv></tu>");
        }
        HttpResponse<String> imported = send("POST", "/api/v1/memory/tmx", token, "application/x-tmx+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="test" adminlang="en"
                  srclang="en" datatype="plaintext"/><body>%s</body></tmx>""".formatted(units));
        if (imported.statusCode() != 200) {
            throw new AssertionError("TMX import answered " + imported.statusCode() + ": " + imported.body());
        }
    }

    /** Drafts an output and approves it past QA with a reason, as a reviewer. */
    public void approve(String editor, String reviewer, long articleId, String output) throws IOException, InterruptedException {
        draft(editor, articleId, output);
        HttpResponse<String> approved = send("POST", "/api/v1/articles/" + articleId + "/outputs/" + output + "/approve", reviewer,
                "application/json", "{\"overrideReason\": \"Checked by the desk for an API test\"}");
        if (approved.statusCode() != 200) {
            throw new AssertionError("approve answered " + approved.statusCode() + ": " + approved.body());
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
