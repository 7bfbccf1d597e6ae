package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The glossary over the API: what the glossary page does, with the same role rules checked on the server. */
@ApiHttpTest
class ApiGlossaryTest extends ApiCallers {

    private HttpResponse<String> create(String token, String json) throws Exception {
        return api.send("POST", "/api/v1/glossary/terms", token, "application/json", json);
    }

    @Test
    void a_reviewer_creates_reads_replaces_and_deletes_a_term() throws Exception {
        HttpResponse<String> created = create(reviewer, "{\"term\": \"Mekong Council\", \"renderings\": {\"vi\": \"Hội đồng Mê Kông\"}, \"note\": \"a body\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode term = ApiClient.json(created);
        long id = term.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue(ApiHttpTest.PUBLIC_URL + "/api/v1/glossary/terms/" + id + "?sourceLang=en");
        assertThat(term.get("renderings").get("vi").asString()).isEqualTo("Hội đồng Mê Kông");

        assertThat(ApiClient.json(api.get("/api/v1/glossary/terms/" + id, editor)).get("note").asString()).isEqualTo("a body");

        HttpResponse<String> replaced = api.send("PUT", "/api/v1/glossary/terms/" + id, reviewer, "application/json",
                "{\"term\": \"Mekong Council\", \"renderings\": {\"ru\": \"Совет Меконга\"}, \"caseSensitive\": true}");
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(replaced).get("renderings").has("vi")).as("renderings left out are removed").isFalse();
        assertThat(ApiClient.json(replaced).get("note").isNull()).isTrue();

        assertThat(api.send("DELETE", "/api/v1/glossary/terms/" + id, reviewer, null, (byte[]) null).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/glossary/terms/" + id, editor).statusCode()).isEqualTo(404);
    }

    @Test
    void an_editor_reads_the_glossary_but_changing_it_needs_a_reviewer() throws Exception {
        HttpResponse<String> refused = create(editor, "{\"term\": \"Editor term\", \"doNotTranslate\": true}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        long id = ApiClient.json(create(reviewer, "{\"term\": \"Reviewer term\", \"doNotTranslate\": true}")).get("id").asLong();
        assertThat(api.send("DELETE", "/api/v1/glossary/terms/" + id, editor, null, (byte[]) null).statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/glossary/csv", editor, "text/csv", "term,vi\nX,Y\n").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/glossary/terms/" + id, editor).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/glossary/csv", editor).body()).contains("Reviewer term");
    }

    @Test
    void a_term_the_glossary_already_has_or_an_empty_one_is_refused_with_the_reason() throws Exception {
        create(reviewer, "{\"term\": \"Twice term\", \"doNotTranslate\": true}");

        HttpResponse<String> twice = create(reviewer, "{\"term\": \"Twice term\", \"doNotTranslate\": true}");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(twice).get("detail").asString()).contains("already has the term");
        assertThat(create(reviewer, "{\"term\": \"No rendering\"}").statusCode()).isEqualTo(422);
        assertThat(create(reviewer, "{\"renderings\": {}}").statusCode()).isEqualTo(400);
    }

    @Test
    void csv_and_tbx_go_out_and_come_back_in() throws Exception {
        HttpResponse<String> imported = api.send("POST", "/api/v1/glossary/csv", reviewer, "text/csv; charset=utf-8",
                "term,vi,ru,note,do_not_translate,case_sensitive\nCsvland,Xứ CSV,Страна CSV,,false,true\n");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(imported).get("imported").asInt()).isEqualTo(1);

        HttpResponse<String> tbx = api.get("/api/v1/glossary/tbx", editor);
        assertThat(tbx.statusCode()).isEqualTo(200);
        assertThat(tbx.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-tbx+xml");
        assertThat(tbx.body()).contains("Csvland").contains("Страна CSV");

        HttpResponse<String> back = api.send("POST", "/api/v1/glossary/tbx", reviewer, "application/x-tbx+xml", tbx.body());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(back).get("imported").asInt()).isPositive();
    }

    @Test
    void the_term_list_is_paged_with_link_headers() throws Exception {
        for (String name : List.of("Paged term a", "Paged term b", "Paged term c")) {
            create(reviewer, "{\"term\": \"" + name + "\", \"doNotTranslate\": true}");
        }
        List<String> seen = new ArrayList<>();
        String address = "/api/v1/glossary/terms?limit=2";
        int pages = 0;
        while (address != null && pages++ < 1000) {
            HttpResponse<String> page = api.get(address.replace(ApiHttpTest.PUBLIC_URL, ""), editor);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(page).size()).isLessThanOrEqualTo(2);
            ApiClient.json(page).forEach(t -> seen.add(t.get("term").asString()));
            Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(page.headers().firstValue("Link").orElseThrow());
            address = next.find() ? next.group(1) : null;
        }
        assertThat(seen).containsSubsequence("Paged term a", "Paged term b", "Paged term c").doesNotHaveDuplicates();
    }

    /** The term id of {@code term} in the en glossary, read through the paged list. */
    private long idOf(String term) throws Exception {
        String address = "/api/v1/glossary/terms?limit=500";
        while (address != null) {
            HttpResponse<String> page = api.get(address.replace(ApiHttpTest.PUBLIC_URL, ""), editor);
            for (JsonNode t : ApiClient.json(page)) {
                if (t.get("term").asString().equals(term)) {
                    return t.get("id").asLong();
                }
            }
            Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(page.headers().firstValue("Link").orElseThrow());
            address = next.find() ? next.group(1) : null;
        }
        throw new AssertionError("no term " + term);
    }

    @Test
    void replacing_a_term_without_its_variants_keeps_its_deprecated_and_forbidden_terms() throws Exception {
        HttpResponse<String> imported = api.send("POST", "/api/v1/glossary/tbx", reviewer, "application/x-tbx+xml", """
                <martif type="TBX-Basic" xml:lang="en"><text><body><termEntry>
                <langSet xml:lang="en"><tig><term>Variant partnership</term></tig></langSet>
                <langSet xml:lang="ru">
                  <tig><term>вариантный альянс</term><termNote type="normativeAuthorization">forbidden</termNote></tig>
                  <tig><term>вариантное сотрудничество</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                  <tig><term>вариантное партнёрство</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                </langSet></termEntry></body></text></martif>""");
        assertThat(imported.statusCode()).isEqualTo(200);
        long id = idOf("Variant partnership");

        HttpResponse<String> replaced = api.send("PUT", "/api/v1/glossary/terms/" + id, reviewer, "application/json",
                "{\"term\": \"Variant partnership\", \"renderings\": {\"ru\": \"вариантное партнёрство\"}, \"note\": \"checked by the desk\"}");

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/glossary/tbx", editor).body()).as("the TBX export still names the avoided terms")
                .contains("вариантный альянс").contains("вариантное сотрудничество").contains("checked by the desk");
        assertThat(ApiClient.json(api.get("/api/v1/glossary/terms/" + id, editor)).get("variants").valueStream()
                .map(v -> v.get("lang").asString() + " " + v.get("text").asString() + " " + v.get("status").asString()).toList())
                .containsExactlyInAnyOrder("ru вариантный альянс FORBIDDEN", "ru вариантное сотрудничество DEPRECATED");

        HttpResponse<String> cleared = api.send("PUT", "/api/v1/glossary/terms/" + id, reviewer, "application/json",
                "{\"term\": \"Variant partnership\", \"renderings\": {\"ru\": \"вариантное партнёрство\"}, \"variants\": "
                        + "[{\"lang\": \"RU\", \"text\": \"вариантный союз\", \"status\": \"DEPRECATED\"}]}");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(cleared).get("variants").valueStream().map(v -> v.get("lang").asString() + " " + v.get("text").asString()).toList())
                .as("variants given replace the stored ones").containsExactly("ru вариантный союз");
    }

    @Test
    void the_csv_export_starts_with_a_byte_order_mark_for_excel_when_asked() throws Exception {
        create(reviewer, "{\"term\": \"Bom term\", \"renderings\": {\"vi\": \"Thuật ngữ BOM\"}}");

        HttpResponse<byte[]> plain = api.getBytes("/api/v1/glossary/csv", editor);
        HttpResponse<byte[]> excel = api.getBytes("/api/v1/glossary/csv?excelBom=true", editor);

        assertThat(plain.body()).startsWith((byte) 't');
        assertThat(excel.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(excel.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Thuật ngữ BOM");
    }

    @Test
    void a_csv_with_an_unbalanced_quote_is_a_422_problem_naming_the_line() throws Exception {
        HttpResponse<String> refused = api.send("POST", "/api/v1/glossary/csv", reviewer, "text/csv; charset=utf-8",
                "term,vi\nQuote good,Tốt\n\"Quote broken,Hỏng\nQuote other,Khác\n");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(ApiClient.json(refused).get("detail").asString()).containsIgnoringCase("line");
        assertThat(api.get("/api/v1/glossary/csv", editor).body()).as("all or nothing").doesNotContain("Quote good");
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_with_413_before_it_is_read() throws Exception {
        // a raw socket: the server answers 413 from the headers and closes the connection while the body is still
        // being sent, which the JDK client reports as an I/O error instead of the answer
        org.transdesk.support.RawHttp.Answer refused = org.transdesk.support.RawHttp.send(port, "POST", "/api/v1/glossary/csv",
                java.util.Map.of("Authorization", "Bearer " + reviewer, "Content-Type", "text/csv"), new byte[0], 8L * 1024 * 1024 + 1, false);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
    }
}
