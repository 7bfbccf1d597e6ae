package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every error under /api/ is an RFC 9457 problem document, whichever layer finds it: the
 * controllers, Spring MVC before any controller is chosen (405, 406, 415), the body readers, the
 * security filters (401, 403), the firewall, and Tomcat itself. Before, 405, 406, 415 and
 * unreadable bodies were dispatched to /error, which the UI's security chain answered with a
 * 302 to the login page, and unknown API addresses answered the UI's HTML page.
 */
@ApiHttpTest
class ApiProblemDocumentsTest extends ApiCallers {

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("content type").hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = ApiClient.json(response);
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void a_method_an_address_does_not_take_is_a_405_problem_naming_the_allowed_methods() throws Exception {
        HttpResponse<String> response = api.send("DELETE", "/api/v1/articles", editor, null, (byte[]) null);

        JsonNode body = problem(response, 405);
        assertThat(body.get("detail").asString()).contains("DELETE").contains("GET").contains("POST");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/articles");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    void a_method_tomcat_refuses_itself_is_a_405_problem_too() throws Exception {
        problem(api.send("TRACE", "/api/v1/articles", editor, null, (byte[]) null), 405);
    }

    @Test
    void an_accept_header_the_call_cannot_satisfy_is_a_406_problem() throws Exception {
        JsonNode body = problem(api.get("/api/v1/articles", editor, "Accept", "application/xml"), 406);

        assertThat(body.get("detail").asString()).contains("application/json");
    }

    @Test
    void a_body_of_a_content_type_the_call_does_not_take_is_a_415_problem() throws Exception {
        HttpResponse<String> response = api.send("POST", "/api/v1/articles", editor, "application/json", "{\"text\": \"Title\"}");

        JsonNode body = problem(response, 415);
        assertThat(body.get("detail").asString()).contains("application/json").contains("text/plain");
    }

    @Test
    void an_unreadable_json_body_is_a_400_problem_saying_where() throws Exception {
        HttpResponse<String> response = api.send("POST", "/api/v1/articles/1/outputs/vi/approve", reviewer, "application/json", "{overrideReason: ");

        assertThat(problem(response, 400).get("detail").asString()).contains("line 1, column");
    }

    /** The API fuzzer's request #380 (seed 20261202) got a 500: Tomcat could not decode the form body's escapes. */
    @Test
    void a_form_body_with_a_broken_percent_escape_is_a_400_problem_not_a_server_error() throws Exception {
        HttpResponse<String> response = api.send("POST", "/api/v1/articles/1/outputs/vi/approve", reviewer,
                "application/x-www-form-urlencoded", "reason=%zz%e9");
        assertThat(problem(response, 400).path("detail").asText()).contains("form");
    }

    @Test
    void a_multipart_body_without_the_file_part_is_a_400_problem() throws Exception {
        HttpResponse<String> response = api.send("POST", "/api/v1/articles", editor, "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhello\r\n--xyz--\r\n");

        assertThat(problem(response, 400).get("detail").asString()).contains("file");
    }

    @Test
    void an_address_under_api_that_has_no_call_is_a_404_problem_not_the_apps_page() throws Exception {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v2/articles", "/api/v1/articles/1/outputs/vi/nothing"}) {
            JsonNode body = problem(api.get(path, editor), 404);

            assertThat(body.get("detail").asString()).contains("openapi.json");
            assertThat(body.get("instance").asString()).isEqualTo(path);
        }
        problem(api.send("POST", "/api/v1/nothing-here", editor, "text/plain", "x"), 404);
    }

    @Test
    void a_path_parameter_of_the_wrong_type_is_a_400_problem_in_plain_words() throws Exception {
        JsonNode body = problem(api.get("/api/v1/articles/abc", editor), 400);

        assertThat(body.get("detail").asString()).isEqualTo("The value 'abc' of 'id' is not valid: expected a whole number.");
    }

    @Test
    void addresses_the_firewall_or_tomcat_refuse_are_400_problems() throws Exception {
        for (String path : new String[] {"/api/v1/articles/1;jsessionid=x", "/api/v1/articles/%2e%2e/x", "/api/v1/articles/1%2F2", "/api/v1/articles/1%00"}) {
            problem(api.get(path, editor), 400);
        }
    }

    @Test
    void a_missing_token_and_a_token_of_another_scheme_are_401_problems_even_for_unknown_addresses() throws Exception {
        problem(api.get("/api/v1/nothing-here", null), 401);
        problem(api.send("DELETE", "/api/v1/articles", null, null, (byte[]) null), 401);
        HttpResponse<String> basic = api.send("GET", "/api/v1/articles", null, null, (byte[]) null, "Authorization", "Basic ZWRpdG9yOmRlbW8=");
        assertThat(problem(basic, 401).get("detail").asString()).contains("Bearer");
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"transdesk\"");
    }

    @Test
    void a_role_that_does_not_allow_the_call_is_a_403_problem() throws Exception {
        HttpResponse<String> imported = api.send("POST", "/api/v1/articles", editor, "text/plain", "Roles story\nOne paragraph.");
        long id = ApiClient.json(imported).get("id").asLong();
        api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/generate", editor, null, (byte[]) null);

        JsonNode body = problem(api.send("POST", "/api/v1/articles/" + id + "/outputs/vi/approve", editor, null, (byte[]) null,
                "Accept", "application/json"), 403);
        assertThat(body.get("detail").asString()).contains("reviewer");
    }

    @Test
    void an_error_is_a_problem_document_whatever_representation_the_client_accepts() throws Exception {
        problem(api.get("/api/v1/articles/999999", editor, "Accept", "application/json"), 404);
        problem(api.send("DELETE", "/api/v1/articles", editor, null, (byte[]) null, "Accept", "text/html"), 405);
        problem(api.get("/api/v1/articles/999999", editor, "Accept", "text/html"), 406);
    }

    @Test
    void the_api_never_sends_a_client_to_the_login_page() throws Exception {
        String raw = rawRequest("PATCH /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + editor
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 405").doesNotContainIgnoringCase("Location:").contains("application/problem+json");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
