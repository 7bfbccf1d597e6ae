package org.transdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.TestDatabase;

/** The library's "title or slug contains" search, on H2 and PostgreSQL (where trigram indexes answer it). */
@IntegrationTest
class LibrarySearchTest {

    @Autowired
    ArticleService articles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void the_library_finds_an_article_by_any_part_of_its_title_in_any_case_or_by_its_slug() {
        Article article = articles.importText("Monsoon floods reach the Zqwelta estuary\nWater rose overnight.");

        assertThat(titles(articles.list("QWELTA EST"))).containsExactly(article.title());
        assertThat(titles(articles.list(article.slug().substring(3)))).containsExactly(article.title());
        assertThat(titles(articles.list("zqwelta harbour"))).isEmpty();
    }

    @Test
    void on_postgresql_the_library_search_is_answered_from_trigram_indexes_not_by_reading_every_article() {
        Assumptions.assumeTrue(TestDatabase.postgres(), "trigram indexes exist on PostgreSQL only; H2 reads the table as before");
        String plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update(); // what the planner picks on a large library, whatever this one holds
            return String.join("\n", jdbc.sql("explain select a.id from article a where lower(a.title) like ? or a.slug like ?")
                    .params("%qwelta%", "%qwelta%").query(String.class).list());
        });

        assertThat(plan).contains("article_title_trigram").contains("article_slug_trigram").doesNotContain("Seq Scan");
    }

    private static List<String> titles(List<ArticleListing> listings) {
        return listings.stream().map(ArticleListing::title).toList();
    }
}
