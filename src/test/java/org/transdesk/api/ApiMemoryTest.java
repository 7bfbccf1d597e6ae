package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The translation memory over the API: TMX in (reviewers) and out, and lookups as the paragraph tools make them. */
@ApiHttpTest
class ApiMemoryTest extends ApiCallers {

    private static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en"
              srclang="en" datatype="plaintext"/><body>
              <tu><tuv xml:lang="en"><seg>The river commission met in Vientiane.</seg></tuv>
                  <tuv xml:lang="vi"><seg>Ủy hội sông họp tại Viêng Chăn.</seg></tuv></tu>
            </body></tmx>""";

    @Test
    void importing_tmx_needs_a_reviewer_as_on_the_glossary_page() throws Exception {
        HttpResponse<String> refused = api.send("POST", "/api/v1/memory/tmx", editor, "application/x-tmx+xml", TMX);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void a_reviewer_imports_tmx_and_an_editor_looks_its_pairs_up_and_exports_them() throws Exception {
        HttpResponse<String> imported = api.send("POST", "/api/v1/memory/tmx", reviewer, "application/x-tmx+xml", TMX);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(imported).get("imported").asInt()).isEqualTo(1);

        JsonNode exact = ApiClient.json(api.get("/api/v1/memory/matches?targetLang=vi&text=The%20river%20commission%20met%20in%20Vientiane.", editor));
        assertThat(exact.get(0).get("score").asInt()).isEqualTo(100);
        assertThat(exact.get(0).get("targetText").asString()).isEqualTo("Ủy hội sông họp tại Viêng Chăn.");
        JsonNode fuzzy = ApiClient.json(api.get("/api/v1/memory/matches?targetLang=vi&text=The%20river%20commission%20met%20in%20Bangkok.", editor));
        assertThat(fuzzy.get(0).get("score").asInt()).isBetween(75, 99);

        HttpResponse<String> tmx = api.get("/api/v1/memory/tmx", editor);
        assertThat(tmx.statusCode()).isEqualTo(200);
        assertThat(tmx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-tmx+xml");
        assertThat(tmx.body()).contains("Viêng Chăn");
    }

    @Test
    void importing_the_same_tmx_again_adds_nothing_and_the_answer_says_so() throws Exception {
        String tmx = TMX.replace("Vientiane", "Luang Prabang").replace("Viêng Chăn", "Luông Pha Băng");
        JsonNode first = ApiClient.json(api.send("POST", "/api/v1/memory/tmx", reviewer, "application/x-tmx+xml", tmx));
        JsonNode again = ApiClient.json(api.send("POST", "/api/v1/memory/tmx", reviewer, "application/x-tmx+xml", tmx));

        assertThat(first.get("added").asInt()).isEqualTo(1);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void a_multipart_tmx_upload_works_like_a_raw_body_and_a_malformed_file_adds_nothing() throws Exception {
        String multipart = "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"desk.tmx\"\r\nContent-Type: application/x-tmx+xml\r\n\r\n"
                + TMX.replace("Vientiane", "Phnom Penh") + "\r\n--b1--\r\n";
        HttpResponse<String> uploaded = api.send("POST", "/api/v1/memory/tmx", reviewer, "multipart/form-data; boundary=b1", multipart);
        assertThat(uploaded.statusCode()).isEqualTo(200);

        HttpResponse<String> malformed = api.send("POST", "/api/v1/memory/tmx", reviewer, "application/xml", "<tmx><body><tu>");
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(malformed).get("detail").asString()).contains("TMX");
    }

    @Test
    void a_lookup_without_a_target_language_or_with_a_limit_out_of_range_is_a_400_problem() throws Exception {
        assertThat(api.get("/api/v1/memory/matches?text=x", editor).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/memory/matches?text=x&targetLang=vi&limit=21", editor).statusCode()).isEqualTo(400);
    }
}
