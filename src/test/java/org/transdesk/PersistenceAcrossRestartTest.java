package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.Fixtures;

/** Stops the application and starts it again on the same H2 file: articles, drafts and versions are still there. */
class PersistenceAcrossRestartTest {

    @Test
    void data_survives_an_application_restart() {
        Path db = Path.of("target", "restart-" + UUID.randomUUID(), "transdesk").toAbsolutePath();
        String[] args = {"--spring.datasource.url=jdbc:h2:file:" + db, "--transdesk.samples.load-on-empty-database=false",
                "--vaadin.devmode.devTools.enabled=false", "--server.port=0"};
        long articleId;
        try (ConfigurableApplicationContext first = start(args)) {
            signInAs("vera", "ROLE_EDITOR", "ROLE_REVIEWER");
            Article article = first.getBean(ArticleService.class).importText("Harvest record\nRice output rose.");
            DraftingService drafting = first.getBean(DraftingService.class);
            var draft = drafting.saveGenerated(article.id(), Output.VI, 1, Fixtures.draft("Kỷ lục thu hoạch", "Sản lượng lúa tăng."));
            first.getBean(ApprovalService.class).approve(draft.id());
            articleId = article.id();
        }
        try (ConfigurableApplicationContext second = start(args)) {
            signInAs("vera", "ROLE_EDITOR", "ROLE_REVIEWER");
            assertThat(second.getBean(ArticleService.class).get(articleId).title()).isEqualTo("Harvest record");
            DraftService drafts = second.getBean(DraftService.class);
            assertThat(drafts.find(articleId, Output.VI).orElseThrow().texts()).containsExactly("Kỷ lục thu hoạch", "Sản lượng lúa tăng.");
            assertThat(second.getBean(ApprovalService.class).versions(articleId, Output.VI)).singleElement().satisfies(v -> assertThat(v.approvedBy()).isEqualTo("vera"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        return app.run(args);
    }

    /** After start: Vaadin installs its own security-context strategy while the application starts. */
    private static void signInAs(String user, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, "n/a", AuthorityUtils.createAuthorityList(roles)));
    }
}
