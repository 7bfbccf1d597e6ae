package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftService;
import org.transdesk.security.Roles;
import org.transdesk.support.Fixtures;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.JvmZone;
import org.transdesk.support.SignedIn;

/**
 * Nodes of one team whose JVMs run in different time zones (one at UTC+7, one at UTC) read the same
 * instants from the shared database: before V11, a node stored its wall-clock time and the other read
 * it seven hours apart. A "node in a zone" here is the JVM's default zone plus database sessions
 * opened in it, which is what the zone of a real node changes (scripts/two-nodes.sh runs real ones).
 */
@IntegrationTest
class NodeTimeZonesTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh"); // UTC+7, no daylight saving
    static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    ArticleService articles;
    @Autowired
    DraftService drafts;
    @Autowired
    org.transdesk.review.DraftingService drafting;
    @Autowired
    org.transdesk.review.ApprovalService approval;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_approval_made_on_a_node_at_utc_plus_7_reads_the_same_on_a_node_at_utc() {
        Instant before = Instant.now();
        long articleId = onNodeIn(HANOI, () -> SignedIn.as("hoa", Roles.REVIEWER, () -> {
            var article = articles.importText("Mekong delta harvest\nRice output rose.");
            var draft = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Thu hoạch ở đồng bằng sông Cửu Long", "Sản lượng lúa tăng."));
            approval.approve(draft.id());
            return article.id();
        }));
        Instant after = Instant.now();

        Instant readAtUtc = onNodeIn(UTC, () -> approvedAt(articleId));
        Instant readInHanoi = onNodeIn(HANOI, () -> approvedAt(articleId));

        assertThat(readAtUtc).isEqualTo(readInHanoi).isBetween(before.minusMillis(1), after.plusMillis(1));
    }

    @Test
    void the_library_lists_the_newest_article_first_when_the_nodes_run_in_different_zones() {
        String word = "zone" + UUID.randomUUID().toString().substring(0, 8);
        onNodeIn(HANOI, () -> SignedIn.as("hoa", Roles.EDITOR, () -> articles.importText("Earlier story " + word + "\nFirst.")));
        onNodeIn(UTC, () -> SignedIn.as("anna", Roles.EDITOR, () -> articles.importText("Later story " + word + "\nSecond.")));

        List<String> titles = onNodeIn(UTC, () -> SignedIn.as("anna", Roles.EDITOR,
                () -> articles.list(word).stream().map(ArticleListing::title).toList()));

        assertThat(titles).containsExactly("Later story " + word, "Earlier story " + word);
    }

    @Test
    void every_point_in_time_is_stored_with_its_time_zone() {
        List<String> local = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where lower(table_schema) = lower(current_schema) and lower(data_type) like 'timestamp%'
                          and lower(data_type) <> 'timestamp with time zone' and lower(table_name) <> 'flyway_schema_history'""")
                .query(String.class).list();

        assertThat(local).as("timestamp columns without time zone (new ones: timestamp with time zone)").isEmpty();
    }

    private Instant approvedAt(long articleId) {
        return SignedIn.as("anna", Roles.EDITOR, () -> approval.versions(articleId, Output.VI).getFirst().approvedAt());
    }

    private <T> T onNodeIn(ZoneId zone, Supplier<T> action) {
        return JvmZone.in(zone, action, dataSource);
    }
}
