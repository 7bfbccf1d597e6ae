package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.article.ArticleOutputs;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;
import org.transdesk.support.UpgradedDatabase;

/**
 * Issue #16, V30_1: a database written before articles could add or drop outputs, copied, opens with each article
 * keeping exactly the configured outputs it had (nothing copied, nothing lost), and an output dropped from one
 * article afterwards leaves its drafts and versions, and the other articles, as they were.
 */
class ArticleOutputsUpgradeTest {

    @Test
    void old_articles_keep_their_configured_outputs_and_drop_one_without_losing_it() throws IOException {
        Path dir = Path.of("target", "article-outputs-upgrade-" + UUID.randomUUID()).toAbsolutePath();
        Path before = dir.resolve("before");
        long first;
        long second;
        Map<String, Object> counts;
        List<String> viText = List.of("Cầu mới thông xe", "Cây cầu mới thông xe hôm thứ Hai.");
        try (ConfigurableApplicationContext old = UpgradedDatabase.start(before, "--spring.flyway.target=" + UpgradedDatabase.lastBefore(30, 0),
                "--transdesk.outputs.translations=vi,ru,zh", "--transdesk.outputs.summaries=source,vi")) {
            UpgradedDatabase.signIn();
            assertThat(UpgradedDatabase.version(old)).doesNotStartWith("30");
            ArticleService articles = old.getBean(ArticleService.class);
            first = articles.importText("New bridge opens\nThe new bridge opened on Monday.").id();
            second = articles.importText("Ferry resumes\nBoats sailed at dawn.").id();
            DraftingService drafting = old.getBean(DraftingService.class);
            var vi = drafting.saveGenerated(first, Output.VI, 1, Fixtures.draft(viText.toArray(String[]::new)));
            old.getBean(ApprovalService.class).approve(vi.id());
            drafting.saveGenerated(first, Output.translation("zh"), 1, Fixtures.draft("新桥通车", "新桥于周一通车。"));
            drafting.saveGenerated(second, Output.RU, 1, Fixtures.draft("Паром снова ходит", "Суда вышли на рассвете."));
            counts = OutputsUpgradeTest.rows(old);
        } finally {
            SecurityContextHolder.clearContext();
        }

        Path copy = UpgradedDatabase.copy(before);

        try (ConfigurableApplicationContext upgraded = UpgradedDatabase.start(copy,
                "--transdesk.outputs.translations=vi,ru,zh", "--transdesk.outputs.summaries=source,vi")) {
            UpgradedDatabase.signIn();
            assertThat(UpgradedDatabase.version(upgraded)).isEqualTo(UpgradedDatabase.newest());
            assertThat(OutputsUpgradeTest.rows(upgraded)).as("no row lost").isEqualTo(counts);
            JdbcClient jdbc = JdbcClient.create(upgraded.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select count(*) from article_output").query(Long.class).single()).as("nothing to copy").isZero();
            List<Output> configured = upgraded.getBean(Outputs.class).all();
            ArticleOutputs articleOutputs = upgraded.getBean(ArticleOutputs.class);
            assertThat(articleOutputs.of(first)).as("exactly the configured outputs, as before").isEqualTo(configured);
            assertThat(articleOutputs.of(second)).isEqualTo(configured);

            articleOutputs.drop(first, "vi");
            articleOutputs.drop(first, "zh");

            assertThat(articleOutputs.of(first)).extracting(Output::key).containsExactly("ru", "summary", "summary-vi");
            assertThat(articleOutputs.of(second)).as("the other article is untouched").isEqualTo(configured);
            DraftService drafts = upgraded.getBean(DraftService.class);
            assertThat(drafts.find(first, Output.VI).orElseThrow().texts()).isEqualTo(viText);
            assertThat(upgraded.getBean(ApprovalService.class).versions(first, Output.VI)).singleElement()
                    .satisfies(v -> assertThat(v.segments()).isEqualTo(viText));
            assertThat(OutputsUpgradeTest.rows(upgraded)).as("dropping deletes nothing").isEqualTo(counts);

            articleOutputs.add(first, "zh");
            assertThat(articleOutputs.of(first)).extracting(Output::key).containsExactly("ru", "zh", "summary", "summary-vi");
            assertThat(drafts.find(first, Output.translation("zh")).orElseThrow().texts()).containsExactly("新桥通车", "新桥于周一通车。");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
