package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Lists are paged with a cursor and RFC 8288 Link headers, so a client can walk the whole
 * library; before, the article list stopped at 500 articles without saying so.
 */
@ApiHttpTest
class ApiPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    ApiClient api;
    String editor;

    @BeforeAll
    void token() {
        api = new ApiClient(port);
        editor = ApiClient.token(tokens, "editor", "ROLE_EDITOR");
    }

    private List<Long> importArticles(String tag, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> imported = api.send("POST", "/api/v1/articles", editor, "text/plain; charset=utf-8", tag + " story " + i + "\nBody " + i + ".");
            assertThat(imported.statusCode()).isEqualTo(201);
            ids.add(ApiClient.json(imported).get("id").asLong());
        }
        return ids;
    }

    private static String next(HttpResponse<String> response) {
        Matcher next = NEXT.matcher(response.headers().firstValue("Link").orElse(""));
        return next.find() ? next.group(1) : null;
    }

    @Test
    void following_the_next_links_walks_every_article_once_newest_first() throws Exception {
        List<Long> ids = importArticles("Pagingtag", 7);

        List<Long> walked = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String address = "/api/v1/articles?search=pagingtag&limit=3";
        while (address != null) {
            HttpResponse<String> page = api.get(address.replace(ApiHttpTest.PUBLIC_URL, ""), editor);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Link").orElseThrow())
                    .contains("<" + ApiHttpTest.PUBLIC_URL + "/api/v1/articles?search=pagingtag&limit=3>; rel=\"first\"");
            JsonNode items = ApiClient.json(page);
            pageSizes.add(items.size());
            items.forEach(a -> walked.add(a.get("id").asLong()));
            address = next(page);
        }

        assertThat(pageSizes).containsExactly(3, 3, 1);
        assertThat(walked).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void an_article_imported_while_paging_does_not_shift_the_pages() throws Exception {
        List<Long> ids = importArticles("Shifttag", 4);
        HttpResponse<String> first = api.get("/api/v1/articles?search=shifttag&limit=2", editor);

        importArticles("Shifttag late", 1); // another article: the same text again is now a duplicate (409)
        HttpResponse<String> second = api.get(next(first).replace(ApiHttpTest.PUBLIC_URL, ""), editor);

        assertThat(ApiClient.json(second).valueStream().map(a -> a.get("id").asLong()).toList()).containsExactly(ids.get(1), ids.get(0));
        assertThat(next(second)).isNull();
    }

    @Test
    void without_a_limit_a_page_holds_100_articles_and_links_to_the_rest() throws Exception {
        importArticles("Defaulttag", 101);

        HttpResponse<String> first = api.get("/api/v1/articles?search=defaulttag", editor);

        assertThat(ApiClient.json(first).size()).isEqualTo(100);
        HttpResponse<String> rest = api.get(next(first).replace(ApiHttpTest.PUBLIC_URL, ""), editor);
        assertThat(ApiClient.json(rest).size()).isEqualTo(1);
    }

    @Test
    void a_cursor_the_api_did_not_give_out_or_a_limit_out_of_range_is_a_400_problem() throws Exception {
        for (String query : new String[] {"cursor=not-a-cursor", "cursor=" + java.util.Base64.getUrlEncoder().encodeToString("1\n2".getBytes()),
                "limit=0", "limit=501", "limit=many"}) {
            HttpResponse<String> response = api.get("/api/v1/articles?" + query, editor);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }
}
