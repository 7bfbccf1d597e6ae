package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.transdesk.workbench.ui.LibraryView;
import org.transdesk.workbench.ui.WorkbenchView;

/**
 * Issue #15, a long article's rows built a batch at a time, against every row built on open (as before), in one run on
 * one machine: the server time to open the workbench on a 200-paragraph article (three outputs drafted by the offline
 * engine) including the response the browser would get, its size, the state nodes and text boxes after opening, and the
 * server time of one more batch (the browser's request as the editor scrolls). "Every row" is the same code with a batch
 * bigger than the article ({@code transdesk.workbench.rows-batch}), which is the build of before. The two are opened
 * alternately, after two warm-up rounds.
 *
 * <p>Run: {@code ./mvnw -o test -Pbenchmark -Dtest=LongArticleRowsBenchmark -Dtransdesk.test.postgres.skip=true}.
 * Writes {@code target/benchmarks/long-article-rows.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bench-long-article-rows;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=true",
        // as in production: development mode otherwise keeps two stack traces per component created (ComponentTracker)
        "vaadin.devmode.componentTracker.enabled=false"})
class LongArticleRowsBenchmark extends SpringBrowserlessTest {

    static final int PARAGRAPHS = 199;
    static final int ROUNDS = 10;
    static final int WARM_UP = 2;
    static final String BATCH_PROPERTY = "transdesk.workbench.rows-batch";

    @Autowired ArticleService articles;
    @Autowired GenerationService generation;

    /** One way of building, measured: opens (nanos), and what the last open left. */
    private static final class Figures {
        final List<Long> opens = new ArrayList<>();
        final List<Long> batches = new ArrayList<>();
        int bytes;
        int nodes;
        int boxes;
    }

    @Test
    @WithMockUser(username = "bench", roles = {"EDITOR", "REVIEWER"})
    void a_200_paragraph_article_opened_with_every_row_and_with_the_first_batch() throws Exception {
        Article long200 = articles.importText(article(PARAGRAPHS));
        generation.start(long200.id(), new java.util.LinkedHashSet<>(Output.defaults()), GenerationObserver.NONE).await();

        Figures everyRow = new Figures();
        Figures firstBatch = new Figures();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            System.setProperty(BATCH_PROPERTY, String.valueOf(Integer.MAX_VALUE));
            try {
                open(long200, everyRow, round >= WARM_UP);
            } finally {
                System.clearProperty(BATCH_PROPERTY);
            }
            WorkbenchView view = open(long200, firstBatch, round >= WARM_UP);
            Element more = descendants(view.getElement()).filter(e -> !e.isTextNode() && e.getClassList().contains("workbench-more-rows"))
                    .findFirst().orElseThrow(() -> new AssertionError(firstBatch.boxes + " boxes and no 'loading more' row"));
            long start = System.nanoTime();
            more.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(more, "transdesk-more-rows", JacksonUtils.createObjectNode()));
            new UidlWriter().createUidl(UI.getCurrent(), false);
            if (round >= WARM_UP) {
                firstBatch.batches.add(System.nanoTime() - start);
            }
        }
        assertThat(everyRow.boxes).isGreaterThan(firstBatch.boxes);
        write(long200, everyRow, firstBatch);
    }

    private WorkbenchView open(Article article, Figures figures, boolean measured) {
        navigate("", LibraryView.class);
        new UidlWriter().createUidl(UI.getCurrent(), false);
        long start = System.nanoTime();
        WorkbenchView view = navigate("articles/" + article.id(), WorkbenchView.class);
        int bytes = new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
        long took = System.nanoTime() - start;
        if (measured) {
            figures.opens.add(took);
        }
        figures.bytes = bytes;
        figures.nodes = (int) descendants(view.getElement()).count();
        figures.boxes = (int) descendants(view.getElement())
                .filter(e -> !e.isTextNode() && e.getClassList().contains("segment-editor")).count(); // paragraph boxes
        return view;
    }

    private static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(LongArticleRowsBenchmark::descendants));
    }

    private static List<String> sampleBody() throws IOException {
        try (InputStream in = LongArticleRowsBenchmark.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** The sample's headline and its paragraphs over and over, {@code paragraphs} of them (as LongArticleBenchmark). */
    private static String article(int paragraphs) throws IOException {
        List<String> lines = sampleBody();
        List<String> body = lines.subList(1, lines.size());
        StringBuilder text = new StringBuilder(lines.getFirst().replaceFirst("^date \\S+ ", ""))
                .append(" (").append(paragraphs + 1).append(" paragraphs, rows)\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append(body.get(i % body.size())).append('\n');
        }
        return text.toString();
    }

    private static void write(Article article, Figures everyRow, Figures firstBatch) throws IOException {
        String md = "# A long article's rows: every row on open against the first batch\n\n"
                + "Article " + article.id() + ": " + article.segments().size() + " segments, three outputs drafted by the offline engine. "
                + "Opening = navigation to the workbench plus the response the browser would get; " + ROUNDS + " opens of each, "
                + "alternately, after " + WARM_UP + " warm-up rounds. One more batch = the browser's request as the editor scrolls, "
                + "plus its response.\n\n"
                + "| figure | every row on open (before) | first batch (now) |\n|---|---|---|\n"
                + String.format("| open, median | %.0f ms | %.0f ms |%n", Percentiles.millis(everyRow.opens, 50), Percentiles.millis(firstBatch.opens, 50))
                + String.format("| open, max | %.0f ms | %.0f ms |%n", Percentiles.millis(everyRow.opens, 100), Percentiles.millis(firstBatch.opens, 100))
                + String.format("| response to the browser | %d k characters | %d k characters |%n", everyRow.bytes / 1000, firstBatch.bytes / 1000)
                + String.format("| state nodes of the view after opening | %d | %d |%n", everyRow.nodes, firstBatch.nodes)
                + String.format("| text boxes after opening | %d | %d |%n", everyRow.boxes, firstBatch.boxes)
                + String.format("| one more batch, median / max | – | %.0f / %.0f ms |%n",
                        Percentiles.millis(firstBatch.batches, 50), Percentiles.millis(firstBatch.batches, 100));
        Path out = Path.of("target", "benchmarks", "long-article-rows.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
