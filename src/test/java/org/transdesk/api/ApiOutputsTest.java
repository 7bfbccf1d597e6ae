package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue #16 over HTTP, with six outputs configured: {@code GET /api/v1/outputs} lists them, the OpenAPI description
 * names them as the values of an answer's {@code output} (it said vi, ru, summary whatever the configuration), and an
 * article drops and adds an output with {@code DELETE} and {@code PUT /api/v1/articles/{id}/outputs/{output}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-six-outputs;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=false",
        "transdesk.outputs.translations=vi,ru,zh",
        "transdesk.outputs.summaries=source,vi,ru"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOutputsTest extends ApiCallers {

    static final List<String> SIX = List.of("vi", "ru", "zh", "summary", "summary-vi", "summary-ru");

    @Test
    void the_configured_outputs_are_listed_with_their_kind_language_and_name() throws Exception {
        JsonNode outputs = ApiClient.json(api.get("/api/v1/outputs", editor));

        assertThat(outputs.valueStream().map(o -> o.get("key").asString()).toList()).isEqualTo(SIX);
        JsonNode zh = outputs.get(2);
        assertThat(zh.get("kind").asString()).isEqualTo("TRANSLATION");
        assertThat(zh.get("language").asString()).isEqualTo("zh");
        assertThat(zh.get("name").asString()).isEqualTo("Simplified Chinese");
        JsonNode summary = outputs.get(3);
        assertThat(summary.get("kind").asString()).isEqualTo("SUMMARY");
        assertThat(summary.get("language").isNull()).isTrue();
        assertThat(outputs.get(4).get("name").asString()).isEqualTo("Vietnamese summary");
    }

    @Test
    void the_description_names_the_configured_output_keys() throws Exception {
        JsonNode schemas = ApiClient.json(api.get("/api/v1/openapi.json", null)).get("components").get("schemas");

        for (String name : List.of("DraftView", "VersionView")) {
            assertThat(values(schemas.get(name).get("properties").get("output"))).as(name).isEqualTo(SIX);
        }
        for (String name : List.of("XliffImport", "XliffMerge")) {
            assertThat(values(schemas.get(name).get("properties").get("output"))).as(name).containsExactly("vi", "ru", "zh");
        }
        assertThat(schemas.get("OutputView").get("required").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("key", "kind", "language", "name");
    }

    @Test
    void a_reviewer_drops_an_output_an_editor_adds_it_back_and_its_draft_stays_readable() throws Exception {
        long id = ApiClient.json(api.send("POST", "/api/v1/articles", editor, "text/plain", "Port reopens\nShips docked at noon.")).get("id").asLong();
        api.send("POST", "/api/v1/articles/" + id + "/outputs/zh/generate", editor, null, (String) null);
        api.awaitDraft(editor, id, "zh");

        assertThat(api.send("DELETE", "/api/v1/articles/" + id + "/outputs/zh", editor, null, (String) null).statusCode()).isEqualTo(403);
        var dropped = api.send("DELETE", "/api/v1/articles/" + id + "/outputs/zh", reviewer, null, (String) null);
        assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(200);
        JsonNode article = ApiClient.json(dropped);
        assertThat(fieldNames(article.get("outputs"))).containsExactly("vi", "ru", "summary", "summary-vi", "summary-ru");
        assertThat(article.get("droppedOutputs").valueStream().map(JsonNode::asString).toList()).containsExactly("zh");
        JsonNode listed = ApiClient.json(api.get("/api/v1/articles?search=port%20reopens", editor)).get(0);
        assertThat(fieldNames(listed.get("outputs"))).doesNotContain("zh");
        assertThat(api.get("/api/v1/articles/" + id + "/outputs/zh/draft", editor).statusCode()).as("still readable").isEqualTo(200);
        var refused = api.send("POST", "/api/v1/articles/" + id + "/outputs/zh/generate", editor, null, (String) null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("was dropped from this article");

        assertThat(api.send("PUT", "/api/v1/articles/" + id + "/outputs/fr", editor, null, (String) null).statusCode()).isEqualTo(404);
        var added = api.send("PUT", "/api/v1/articles/" + id + "/outputs/zh", editor, null, (String) null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(fieldNames(ApiClient.json(added).get("outputs"))).isEqualTo(SIX);
        assertThat(ApiClient.json(added).get("outputs").get("zh").asString()).as("its draft is back").isEqualTo("NEEDS_REVIEW");
    }

    private static List<String> values(JsonNode schema) {
        return schema.get("enum").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.forEachEntry((k, v) -> names.add(k));
        return names;
    }
}
