package org.transdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.CommentService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.ExportMarkService;

/**
 * The reads behind one workbench render of all three outputs on a 45-paragraph article, without the
 * screen: the drafts with their segments, the QA report of each output, and the column heads' facts
 * (latest version, four-eyes, change request, export marks, comment threads). What the service side
 * costs per switch; the rest of the render is building components (WorkbenchSwitchBenchmark).
 *
 * <p>{@code ./mvnw test -Pbenchmark -Dtest=WorkbenchReadsBenchmark}; writes {@code target/benchmarks/workbench-reads.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:workbench-reads-bench;DB_CLOSE_DELAY=-1"})
@WithMockUser(username = "bench", roles = {"EDITOR", "REVIEWER"})
class WorkbenchReadsBenchmark {

    static final int WARM_UP = 50;
    static final int ROUNDS = 200;

    @Autowired ArticleService articles;
    @Autowired GenerationService generation;
    @Autowired DraftService drafts;
    @Autowired DraftQa qa;
    @Autowired ApprovalService approval;
    @Autowired ExportMarkService exportMarks;
    @Autowired CommentService comments;

    @Test
    void reads_of_one_render_of_all_outputs() throws Exception {
        Article article = articles.importText(WorkbenchSwitchBenchmark.longArticle());
        generation.start(article.id(), new java.util.LinkedHashSet<>(Output.defaults()), GenerationObserver.NONE).await();
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long start = System.nanoTime();
            Map<Output, Draft> all = drafts.drafts(article.id());
            for (Output output : Output.defaults()) {
                Draft draft = all.get(output);
                qa.check(draft, all);
                approval.latestApproved(article.id(), output).ifPresent(v -> exportMarks.exportMarks(v.id()));
                approval.fourEyesBlocksApproval(draft.id());
                approval.changeRequest(draft.id());
                comments.threads(draft.id());
            }
            if (round >= WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        String table = """
                # Workbench reads per render of all three outputs (45 paragraphs, no screen)

                | median (ms) | p90 (ms) | max (ms) |
                |---|---|---|
                | %.2f | %.2f | %.2f |
                """.formatted(Percentiles.millis(times, 50), Percentiles.millis(times, 90), Percentiles.millis(times, 100));
        System.out.println(table);
        Path report = Path.of("target", "benchmarks", "workbench-reads.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }
}
