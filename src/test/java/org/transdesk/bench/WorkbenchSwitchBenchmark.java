package org.transdesk.bench;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.transdesk.workbench.ui.WorkbenchView;

/**
 * Server time to switch outputs in the workbench on a 45-paragraph article (the issue measured
 * 2.8 s): the sample's paragraphs repeated to 45, all three outputs drafted by the offline engine
 * from the sample memory, then "All outputs" → Vietnamese → Russian → Summary → All, each switch
 * timed on the server (browserless: the render runs in the calling thread). 10 rounds of warm-up,
 * 30 measured.
 *
 * <p>{@code ./mvnw test -Pbenchmark -Dtest=WorkbenchSwitchBenchmark}; writes {@code target/benchmarks/workbench-switch.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:workbench-switch-bench;DB_CLOSE_DELAY=-1"})
@WithMockUser(username = "bench", roles = {"EDITOR", "REVIEWER"})
class WorkbenchSwitchBenchmark extends SpringBrowserlessTest {

    static final int WARM_UP = 10;
    static final int ROUNDS = 30;

    @Autowired ArticleService articles;
    @Autowired GenerationService generation;

    @Test
    void switching_outputs_on_a_45_paragraph_article() throws Exception {
        Article article = articles.importText(fortyFiveParagraphs());
        generation.start(article.id(), EnumSet.allOf(Output.class), GenerationObserver.NONE).await();
        WorkbenchView view = navigate(WorkbenchView.class, Map.of("articleId", String.valueOf(article.id())));
        List<String> order = List.of("vi", "ru", "summary", "all");
        Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        order.forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            for (String key : order) {
                long start = System.nanoTime();
                test(showOf(view)).selectItem(label(key));
                long nanos = System.nanoTime() - start;
                if (round >= WARM_UP) {
                    times.get(key).add(nanos);
                }
            }
        }
        StringBuilder table = new StringBuilder("""
                # Workbench: switching outputs on a 45-paragraph article (server time, browserless)

                | switch to | median (ms) | p90 (ms) | max (ms) |
                |---|---|---|---|
                """);
        times.forEach((key, list) -> table.append("| %s | %.1f | %.1f | %.1f |%n".formatted(label(key),
                Percentiles.millis(list, 50), Percentiles.millis(list, 90), Percentiles.millis(list, 100))));
        System.out.println(table);
        Path report = Path.of("target", "benchmarks", "workbench-switch.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> showOf(WorkbenchView view) throws Exception {
        var field = WorkbenchView.class.getDeclaredField("show");
        field.setAccessible(true);
        return (com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) field.get(view);
    }

    private static String label(String key) {
        return switch (key) {
            case "vi" -> "Vietnamese";
            case "ru" -> "Russian";
            case "summary" -> "Summary";
            default -> "All outputs";
        };
    }

    static String fortyFiveParagraphs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/samples/asean-russia-2021-04-15.txt"));
        String title = lines.getFirst().replaceFirst("^date \\S+ ", "");
        List<String> body = lines.stream().skip(1).filter(l -> !l.isBlank()).toList();
        StringBuilder text = new StringBuilder(title);
        for (int i = 0; i < 45; i++) {
            text.append('\n').append(body.get(i % body.size()));
        }
        return text.toString();
    }
}
