package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * Server time to switch the workbench between outputs ("All outputs", Vietnamese, Russian, Summary) on a
 * 45-paragraph article (headline + 44 paragraphs, the sample's paragraphs over and over) whose three
 * outputs were drafted by the offline engine from the sample memory. Times the switch as the server
 * handles it (the value change and the re-render) plus the writing of the response the browser would
 * get ({@link UidlWriter}); network and browser time are not included.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=WorkbenchSwitchBenchmark}. Writes
 * {@code target/benchmarks/workbench-switch.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bench-workbench-switch;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=true"})
class WorkbenchSwitchBenchmark extends SpringBrowserlessTest {

    static final int PARAGRAPHS = 44;
    static final int WARM_UP_ROUNDS = 5;
    static final int ROUNDS = 20;
    static final List<String> TARGETS = List.of("vi", "ru", "summary", "all");

    @Autowired ArticleService articles;
    @Autowired GenerationService generation;

    @Test
    @WithMockUser(username = "bench", roles = {"EDITOR", "REVIEWER"})
    void switching_outputs_on_a_45_paragraph_article() throws IOException {
        Article article = articles.importText(longArticle());
        generation.start(article.id(), new java.util.LinkedHashSet<>(Output.defaults()), GenerationObserver.NONE).await();

        long openStart = System.nanoTime();
        navigate("articles/" + article.id(), org.transdesk.workbench.ui.WorkbenchView.class);
        long open = System.nanoTime() - openStart;
        assertThat($(TextArea.class).all()).as("every paragraph of vi and ru plus the summary").hasSizeGreaterThan(2 * (PARAGRAPHS + 1));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> show = $(RadioButtonGroup.class).single();

        Map<String, List<Long>> times = new LinkedHashMap<>();
        TARGETS.forEach(t -> times.put(t, new ArrayList<>()));
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            for (String target : TARGETS) {
                long start = System.nanoTime();
                show.setValue(target);
                int bytes = response();
                long took = System.nanoTime() - start;
                assertThat(bytes).isPositive();
                if (round >= WARM_UP_ROUNDS) {
                    times.get(target).add(took);
                }
            }
        }
        write(article, open, times);
    }

    /** What the server writes for the browser after the switch: the same work as the end of a real request. */
    private int response() {
        UI ui = UI.getCurrent();
        return new UidlWriter().createUidl(ui, false).toString().length();
    }

    static String longArticle() throws IOException {
        List<String> lines;
        try (InputStream in = WorkbenchSwitchBenchmark.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<String> body = lines.subList(1, lines.size());
        StringBuilder text = new StringBuilder(lines.getFirst().replaceFirst("^date \\S+ ", "")).append(" (45 paragraphs)\n");
        for (int i = 0; i < PARAGRAPHS; i++) {
            text.append(body.get(i % body.size())).append('\n');
        }
        return text.toString();
    }

    private static void write(Article article, long open, Map<String, List<Long>> times) throws IOException {
        StringBuilder md = new StringBuilder("# Workbench: switching outputs on a 45-paragraph article\n\n")
                .append("Article ").append(article.id()).append(": ").append(article.segments().size())
                .append(" segments; three outputs drafted by the offline engine. ").append(ROUNDS).append(" rounds after ")
                .append(WARM_UP_ROUNDS).append(" warm-up rounds; server time including the response the browser would get.\n\n")
                .append(String.format("Opening the workbench (first render, cold): %.1f ms%n%n", open / 1e6))
                .append("| switch to | median ms | p90 ms | max ms |\n|---|---|---|---|\n");
        times.forEach((target, nanos) -> md.append(String.format("| %s | %.1f | %.1f | %.1f |%n", target,
                Percentiles.millis(nanos, 50), Percentiles.millis(nanos, 90), Percentiles.millis(nanos, 100))));
        Path out = Path.of("target", "benchmarks", "workbench-switch.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }
}
