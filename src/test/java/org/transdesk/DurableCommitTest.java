package org.transdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.DraftingService;
import org.transdesk.support.ChildJvm;
import org.transdesk.support.Fixtures;

/**
 * A save acknowledged to the user survives {@code kill -9}: the app runs in a child JVM on an H2 file,
 * imports an article and approves its summary, says so, and is killed with SIGKILL at once (no shutdown, no flush).
 * Started again on the same file, the article and version 1 with its SHA-256 are there. Before, H2
 * wrote commits behind a 500 ms delay and the approval was lost in 4 of 4 trials.
 */
class DurableCommitTest {

    @Test
    void an_approval_acknowledged_just_before_kill_9_is_there_after_a_restart() throws Exception {
        Path db = Path.of("target", "durable-" + UUID.randomUUID(), "transdesk").toAbsolutePath();
        String acknowledged;
        try (ChildJvm app = ChildJvm.start(Path.of("."), List.of("-Xmx512m"), Child.class, db.toString())) {
            acknowledged = app.awaitLine(line -> line.startsWith("APPROVED "), 600);
            assertThat(app.awaitExit(60)).as("killed by SIGKILL").isEqualTo(128 + 9);
        }
        String[] parts = acknowledged.split(" ");
        long articleId = Long.parseLong(parts[1]);
        String sha256 = parts[2];

        try (ConfigurableApplicationContext restarted = start(db)) {
            signInAs("vera");
            assertThat(restarted.getBean(ArticleService.class).get(articleId).title()).isEqualTo("Harvest record");
            List<ApprovedVersion> versions = restarted.getBean(ApprovalService.class).versions(articleId, Output.SUMMARY);
            assertThat(versions).singleElement().satisfies(v -> {
                assertThat(v.number()).isEqualTo(1);
                assertThat(v.contentHash()).isEqualTo(sha256);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String[] args(Path db) {
        return new String[] {"--spring.datasource.url=jdbc:h2:file:" + db, "--transdesk.samples.load-on-empty-database=false",
                "--vaadin.devmode.devTools.enabled=false", "--server.port=0", "--logging.level.root=WARN"};
    }

    static ConfigurableApplicationContext start(Path db) {
        return new SpringApplication(Application.class).run(args(db));
    }

    /** After start: Vaadin installs its own security-context strategy while the application starts. */
    static void signInAs(String user) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_REVIEWER")));
    }

    /**
     * The app in the child JVM: import, approve, acknowledge, and at once {@code kill -9} itself, so the
     * kill comes within milliseconds of the acknowledgement however slow the machine is.
     */
    public static final class Child {
        public static void main(String[] argv) throws Exception {
            ConfigurableApplicationContext app = start(Path.of(argv[0]));
            signInAs("vera");
            Article article = app.getBean(ArticleService.class).importText("Harvest record\nRice output rose.");
            var draft = app.getBean(DraftingService.class).saveGenerated(article.id(), Output.SUMMARY, 1, Fixtures.draft("Rice output rose."));
            ApprovedVersion version = app.getBean(ApprovalService.class).approve(draft.id());
            System.out.println("APPROVED " + article.id() + " " + version.contentHash());
            System.out.flush();
            new ProcessBuilder("kill", "-9", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
