package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** #15: the API no longer accepts a duplicate import silently; it answers where the existing article is. */
@ApiHttpTest
class ApiDuplicateImportTest extends ApiCallers {

    @Test
    void an_article_already_in_the_library_is_a_409_linking_to_it_unless_the_caller_asks_to_import_it_anyway() throws Exception {
        String text = "date 2026-05-04 Qvarn bridge reopens to traffic\nThe bridge over the Qvarn reopened on Monday.";
        long first = api.importArticle(editor, text);

        HttpResponse<String> again = api.send("POST", "/api/v1/articles", editor, "text/plain; charset=utf-8", text);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Link")).hasValue("</api/v1/articles/" + first + ">; rel=\"duplicate\"");
        assertThat(ApiClient.json(again).get("detail").asString()).contains("Qvarn bridge reopens to traffic").contains("allowDuplicate=true");

        HttpResponse<String> anyway = api.send("POST", "/api/v1/articles?allowDuplicate=true", editor, "text/plain; charset=utf-8", text);

        assertThat(anyway.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(anyway).get("id").asLong()).isNotEqualTo(first);
    }
}
