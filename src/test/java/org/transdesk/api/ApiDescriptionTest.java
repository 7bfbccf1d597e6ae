package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the served OpenAPI description promises, checked on the document itself. */
@ApiHttpTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeAll
    void load() throws Exception {
        document = ApiClient.json(new ApiClient(port).get("/api/v1/openapi.json", null));
    }

    @Test
    void the_server_address_is_the_configured_public_url_whatever_host_the_caller_names() throws Exception {
        String raw;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/openapi.json HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(raw).startsWith("HTTP/1.1 200").doesNotContain("attacker.example");
        assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo(ApiHttpTest.PUBLIC_URL);
    }

    @Test
    void every_call_needs_the_bearer_scheme_and_lists_401_with_the_problem_schema() {
        JsonNode scheme = document.get("components").get("securitySchemes").get("bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("security").get(0).has("bearer")).isTrue();

        document.get("paths").forEachEntry((path, item) -> item.forEachEntry((method, operation) -> {
            JsonNode unauthorized = operation.get("responses").get("401");
            assertThat(unauthorized).as("%s %s", method, path).isNotNull();
            assertThat(unauthorized.get("content").get("application/problem+json").get("schema").get("$ref").asString())
                    .isEqualTo("#/components/schemas/Problem");
        }));
    }

    @Test
    void fields_that_answers_may_carry_as_null_are_marked_nullable_and_all_fields_required() {
        JsonNode schemas = document.get("components").get("schemas");

        assertThat(types(schemas.get("ArticleSummary").get("properties").get("publishedOn"))).containsExactly("string", "null");
        assertThat(types(schemas.get("ArticleDetail").get("properties").get("publishedOn"))).containsExactly("string", "null");
        assertThat(types(schemas.get("DraftSegment").get("properties").get("matchScore"))).containsExactly("integer", "null");
        assertThat(types(schemas.get("DraftSegment").get("properties").get("note"))).containsExactly("string", "null");
        assertThat(schemas.get("ArticleSummary").get("required").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("id", "slug", "title", "publishedOn", "language", "outputs");
    }

    @Test
    void the_article_list_documents_its_paging_parameters_and_link_header() {
        JsonNode list = document.get("paths").get("/api/v1/articles").get("get");

        assertThat(list.get("parameters").valueStream().map(p -> p.get("name").asString()).toList()).contains("limit", "cursor");
        assertThat(list.get("responses").get("200").get("headers").has("Link")).isTrue();
    }

    @Test
    void every_parameter_and_every_field_of_a_json_body_has_an_example() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        document.get("paths").forEachEntry((path, item) -> item.forEachEntry((method, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.has("example") && !parameter.has("examples") && !parameter.path("schema").has("example")) {
                    missing.add(method + " " + path + " parameter " + parameter.get("name").asString());
                }
            }
        }));
        document.get("components").get("schemas").forEachEntry((name, schema) -> {
            if (schema.has("example")) {
                return;
            }
            schema.path("properties").forEachEntry((field, property) -> {
                boolean described = property.has("example") || property.has("examples") || property.has("$ref")
                        || property.path("items").has("$ref") || "binary".equals(property.path("format").asString(""));
                if (!described) {
                    missing.add(name + "." + field);
                }
            });
        });

        assertThat(missing).isEmpty();
    }

    private static java.util.List<String> types(JsonNode property) {
        JsonNode type = property.get("type");
        return type.isArray() ? type.valueStream().map(JsonNode::asString).toList() : java.util.List.of(type.asString());
    }
}
