package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the served OpenAPI description, called for real with successes and errors,
 * each exchange validated against the description (status documented, headers and body as
 * documented for it, no undocumented fields). Before, live answers broke the description
 * ({@code publishedOn} and {@code matchScore} null where it said string and integer, "200" where
 * the call answers 201 or 202, errors it did not list).
 */
@ApiHttpTest
class ApiContractTest {

    private static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en"
              srclang="en" datatype="plaintext"/><body>
              <tu><tuv xml:lang="en"><seg>Contract delegates agreed on a joint statement.</seg></tuv>
                  <tuv xml:lang="vi"><seg>Các đại biểu đã nhất trí về tuyên bố chung.</seg></tuv></tu>
            </body></tmx>""";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    ApiClient api;
    ContractCheck contract;
    String editor;
    String reviewer;

    @BeforeAll
    void setUp() throws Exception {
        api = new ApiClient(port);
        contract = new ContractCheck(api.get("/api/v1/openapi.json", null).body());
        editor = ApiClient.token(tokens, "editor", "ROLE_EDITOR");
        reviewer = ApiClient.token(tokens, "reviewer", "ROLE_REVIEWER");
    }

    /** Sends, checks the exchange against the description, and answers the response. */
    private HttpResponse<String> call(boolean valid, String method, String path, String token, String contentType, String body, String... headers)
            throws Exception {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = api.send(method, path, token, contentType, bytes, headers);
        contract.check(response, bytes, valid);
        return response;
    }

    private HttpResponse<String> ok(String method, String path, String token, String contentType, String body, int status) throws Exception {
        HttpResponse<String> response = call(true, method, path, token, contentType, body);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        return response;
    }

    private void error(int status, String method, String path, String token, String contentType, String body, String... headers) throws Exception {
        HttpResponse<String> response = call(false, method, path, token, contentType, body, headers);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
    }

    private static String multipart(String name, String fileName, String type, String content) {
        return "--c1\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n"
                + content + "\r\n--c1--\r\n";
    }

    private static String withTarget(String xliff, String unit, String target) {
        int start = xliff.indexOf("<target>", xliff.indexOf("id=\"" + unit + "\"")) + "<target>".length();
        return xliff.substring(0, start) + target + xliff.substring(xliff.indexOf("</target>", start));
    }

    @Test
    void every_operation_answers_as_the_description_says_in_success_and_error() throws Exception {
        ok("POST", "/api/v1/memory/tmx", reviewer, "application/x-tmx+xml", TMX, 200);
        long dated = ApiClient.json(ok("POST", "/api/v1/articles", editor, "text/plain; charset=utf-8",
                "date 2021-04-15 Contract dated story\nContract delegates agreed on a joint statement.\nThe text has no match at all here.", 201)).get("id").asLong();
        long undated = ApiClient.json(ok("POST", "/api/v1/articles", editor, "text/plain", "Contract undated story\nOne paragraph.", 201)).get("id").asLong();
        ok("POST", "/api/v1/articles", editor, "multipart/form-data; boundary=c1", multipart("file", "story.md", "text/markdown",
                "# Contract markdown story\n\nA paragraph from a file."), 201);
        error(415, "POST", "/api/v1/articles", editor, "application/json", "{}");
        error(422, "POST", "/api/v1/articles", editor, "text/plain", "   ");
        error(400, "POST", "/api/v1/articles", editor, "multipart/form-data; boundary=c1", multipart("other", "x.txt", "text/plain", "x"));
        error(406, "POST", "/api/v1/articles", editor, "text/plain", "Contract not acceptable\nBody.", "Accept", "application/xml");

        ok("GET", "/api/v1/articles?search=contract&limit=2", editor, null, null, 200);
        error(400, "GET", "/api/v1/articles?limit=0", editor, null, null);
        error(406, "GET", "/api/v1/articles", editor, null, null, "Accept", "text/csv");
        ok("GET", "/api/v1/articles/" + dated, editor, null, null, 200);
        ok("GET", "/api/v1/articles/" + undated, editor, null, null, 200);
        error(400, "GET", "/api/v1/articles/abc", editor, null, null);
        error(404, "GET", "/api/v1/articles/999999", editor, null, null);

        error(404, "GET", "/api/v1/articles/" + dated + "/outputs/vi/draft", editor, null, null);
        error(422, "GET", "/api/v1/articles/" + dated + "/outputs/vi/approved", editor, null, null);
        error(422, "GET", "/api/v1/articles/" + dated + "/bundle", editor, null, null);
        ok("GET", "/api/v1/articles/" + dated + "/outputs/vi/progress", editor, null, null, 200);
        ok("POST", "/api/v1/articles/" + dated + "/outputs/vi/generate", editor, null, null, 202);
        error(404, "POST", "/api/v1/articles/" + dated + "/outputs/fr/generate", editor, null, null);
        error(404, "GET", "/api/v1/articles/999999/outputs/vi/progress", editor, null, null);
        // 422 while the first run drafts, 202 when it has already finished (the offline engine may be that quick): either as described
        HttpResponse<String> again = call(true, "POST", "/api/v1/articles/" + dated + "/outputs/vi/generate", editor, null, null);
        assertThat(again.statusCode()).as(again.body()).isIn(202, 422);
        api.awaitDraft(editor, dated, "vi");
        JsonNode draft = ApiClient.json(ok("GET", "/api/v1/articles/" + dated + "/outputs/vi/draft", editor, null, null, 200));
        assertThat(draft.get("segments").valueStream().map(s -> s.get("matchScore").isNull()).distinct().toList())
                .as("segments with and without a memory match score").containsExactlyInAnyOrder(true, false);

        error(403, "POST", "/api/v1/articles/" + dated + "/outputs/vi/approve", editor, null, null);
        error(422, "POST", "/api/v1/articles/" + dated + "/outputs/vi/approve", reviewer, null, null);
        error(400, "POST", "/api/v1/articles/" + dated + "/outputs/vi/approve", reviewer, "application/json", "{\"overrideReason\": ");
        error(415, "POST", "/api/v1/articles/" + dated + "/outputs/vi/approve", reviewer, "text/plain", "because");
        ok("POST", "/api/v1/articles/" + dated + "/outputs/vi/approve", reviewer, "application/json", "{\"overrideReason\": \"Contract test\"}", 200);
        for (String format : new String[] {"md", "txt", "html", "docx", "xlf", "tmx", "json"}) {
            ok("GET", "/api/v1/articles/" + dated + "/outputs/vi/approved?format=" + format, editor, null, null, 200);
        }
        error(400, "GET", "/api/v1/articles/" + dated + "/outputs/vi/approved?format=pdf", editor, null, null);
        ok("GET", "/api/v1/articles/" + dated + "/bundle", editor, null, null, 200);

        String xliff = ok("GET", "/api/v1/articles/" + dated + "/outputs/vi/xliff", editor, null, null, 200).body();
        error(422, "GET", "/api/v1/articles/" + dated + "/outputs/summary/xliff", editor, null, null);
        String edited = withTarget(xliff, "s2", "Văn bản này không có kết quả nào ở đây.");
        ok("POST", "/api/v1/articles/" + dated + "/outputs/vi/xliff/preview", editor, "application/xliff+xml", edited, 200);
        error(422, "POST", "/api/v1/articles/" + undated + "/outputs/vi/xliff/preview", editor, "application/xliff+xml", edited);
        ok("POST", "/api/v1/articles/" + dated + "/outputs/vi/xliff", editor, "multipart/form-data; boundary=c1",
                multipart("file", "vi.xlf", "application/xliff+xml", edited), 200);
        error(422, "POST", "/api/v1/articles/" + dated + "/outputs/vi/xliff", editor, "application/xliff+xml", "<xliff");
        error(415, "POST", "/api/v1/articles/" + dated + "/outputs/vi/xliff", editor, "application/json", "{}");

        ok("GET", "/api/v1/memory/matches?targetLang=vi&text=Contract%20delegates%20agreed%20on%20a%20joint%20statement.", editor, null, null, 200);
        error(400, "GET", "/api/v1/memory/matches?text=x", editor, null, null);
        ok("GET", "/api/v1/memory/tmx", editor, null, null, 200);
        error(403, "POST", "/api/v1/memory/tmx", editor, "application/x-tmx+xml", TMX);
        error(422, "POST", "/api/v1/memory/tmx", reviewer, "application/xml", "<tmx/>");
        error(415, "POST", "/api/v1/memory/tmx", reviewer, "text/plain", TMX);

        long term = ApiClient.json(ok("POST", "/api/v1/glossary/terms", reviewer, "application/json",
                "{\"term\": \"Contract Board\", \"renderings\": {\"vi\": \"Ban Hợp đồng\"}}", 201)).get("id").asLong();
        error(403, "POST", "/api/v1/glossary/terms", editor, "application/json", "{\"term\": \"Contract Editor\", \"doNotTranslate\": true}");
        error(422, "POST", "/api/v1/glossary/terms", reviewer, "application/json", "{\"term\": \"Contract Board\", \"doNotTranslate\": true}");
        error(400, "POST", "/api/v1/glossary/terms", reviewer, "application/json", "[1, 2]");
        ok("GET", "/api/v1/glossary/terms?limit=1", editor, null, null, 200);
        error(400, "GET", "/api/v1/glossary/terms?cursor=%21", editor, null, null);
        ok("GET", "/api/v1/glossary/terms/" + term, editor, null, null, 200);
        error(404, "GET", "/api/v1/glossary/terms/999999", editor, null, null);
        ok("PUT", "/api/v1/glossary/terms/" + term, reviewer, "application/json", "{\"term\": \"Contract Board\", \"note\": \"n\", \"doNotTranslate\": true}", 200);
        error(404, "PUT", "/api/v1/glossary/terms/999999", reviewer, "application/json", "{\"term\": \"Nobody\", \"doNotTranslate\": true}");
        ok("GET", "/api/v1/glossary/csv", editor, null, null, 200);
        ok("POST", "/api/v1/glossary/csv", reviewer, "text/csv", "term,vi\nContract CSV,Hợp đồng CSV\n", 200);
        error(422, "POST", "/api/v1/glossary/csv", reviewer, "text/csv", "term,vi\n\"unbalanced,x\n");
        String tbx = ok("GET", "/api/v1/glossary/tbx", editor, null, null, 200).body();
        ok("POST", "/api/v1/glossary/tbx", reviewer, "application/x-tbx+xml", tbx, 200);
        error(422, "POST", "/api/v1/glossary/tbx", reviewer, "application/xml", "<martif/>");
        error(403, "DELETE", "/api/v1/glossary/terms/" + term, editor, null, null);
        ok("DELETE", "/api/v1/glossary/terms/" + term, reviewer, null, null, 204);
        error(404, "DELETE", "/api/v1/glossary/terms/" + term, reviewer, null, null);

        ok("GET", "/api/v1/quality?groupBy=route", reviewer, null, null, 200);
        ok("GET", "/api/v1/quality?groupBy=language&month=2021-04", reviewer, null, null, 200);
        error(403, "GET", "/api/v1/quality", editor, null, null);
        error(400, "GET", "/api/v1/quality?groupBy=colour", reviewer, null, null);
        error(400, "GET", "/api/v1/quality?month=April", reviewer, null, null);
        error(406, "GET", "/api/v1/quality", reviewer, null, null, "Accept", "text/csv");
        ok("GET", "/api/v1/quality/csv?groupBy=engine", reviewer, null, null, 200);
        error(403, "GET", "/api/v1/quality/csv", editor, null, null);
        error(400, "GET", "/api/v1/quality/csv?month=2026-13", reviewer, null, null);

        ok("GET", "/api/v1/outputs", editor, null, null, 200);
        error(406, "GET", "/api/v1/outputs", editor, null, null, "Accept", "text/csv");
        error(403, "DELETE", "/api/v1/articles/" + undated + "/outputs/summary", editor, null, null);
        ok("DELETE", "/api/v1/articles/" + undated + "/outputs/summary", reviewer, null, null, 200);
        ok("DELETE", "/api/v1/articles/" + undated + "/outputs/vi", reviewer, null, null, 200);
        error(422, "DELETE", "/api/v1/articles/" + undated + "/outputs/ru", reviewer, null, null);
        error(404, "DELETE", "/api/v1/articles/" + undated + "/outputs/fr", reviewer, null, null);
        ok("PUT", "/api/v1/articles/" + undated + "/outputs/summary", editor, null, null, 200);
        error(404, "PUT", "/api/v1/articles/" + undated + "/outputs/fr", editor, null, null);

        for (ContractCheck.Operation operation : contract.operations()) {
            String path = operation.template().replace("{id}", String.valueOf(dated)).replace("{output}", "vi");
            error(401, operation.method(), path, null, null, null);
        }

        assertThat(contract.violations()).as("exchanges that break the description").isEmpty();
        Map<String, Set<Integer>> uncovered = new TreeMap<>();
        contract.answered().forEach((operation, statuses) -> {
            assertThat(statuses).as(operation).anyMatch(s -> s < 300).anyMatch(s -> s >= 400);
            if (statuses.stream().noneMatch(s -> s >= 400 && s != 401)) {
                uncovered.put(operation, statuses);
            }
        });
        assertThat(contract.answered().keySet()).as("operations called").containsExactlyInAnyOrderElementsOf(
                contract.operations().stream().map(ContractCheck.Operation::operationId).distinct().toList());
        // the exports take no input but the language: besides 401, only a failure to write the file (422) is documented
        assertThat(uncovered).as("operations without a success and an error other than 401")
                .containsOnlyKeys("exportGlossaryCsv", "exportGlossaryTbx", "exportMemory");
        System.out.printf("API contract: %d exchanges over %d operations validated against the served description%n",
                contract.checked(), contract.answered().size());
    }
}
