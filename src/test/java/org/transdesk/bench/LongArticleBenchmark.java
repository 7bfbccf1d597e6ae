package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Issue #15's long-article figures: the server time to open the workbench on a 200-paragraph article (all
 * three outputs drafted by the offline engine), including the response the browser would get; and the live
 * heap one open workbench holds (the sample article, three outputs), measured as the heap after GC with 20
 * workbench views kept alive, minus the heap before, divided by 20. A view kept after its UI navigated on
 * holds its whole component tree and state nodes, which is what an open session's workbench costs; the
 * session and UI objects themselves (a few KB) are not in it.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=LongArticleBenchmark}. Writes {@code target/benchmarks/long-article.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bench-long-article;DB_CLOSE_DELAY=-1",
        "transdesk.samples.load-on-empty-database=true",
        // as in production: development mode otherwise keeps two stack traces per component created (ComponentTracker)
        "vaadin.devmode.componentTracker.enabled=false"})
class LongArticleBenchmark extends SpringBrowserlessTest {

    static final int PARAGRAPHS = 199;
    static final int OPENS = 10;
    static final int SESSIONS = 20;
    static final int WARM_UP_VIEWS = 5;

    @Autowired ArticleService articles;
    @Autowired GenerationService generation;

    @Test
    @WithMockUser(username = "bench", roles = {"EDITOR", "REVIEWER"})
    void a_200_paragraph_article_and_the_heap_of_open_workbenches() throws Exception {
        Article sample = articles.importText(article(sampleBody().size() - 1));
        Article long200 = articles.importText(article(PARAGRAPHS));
        for (Article a : List.of(sample, long200)) {
            generation.start(a.id(), new java.util.LinkedHashSet<>(Output.defaults()), GenerationObserver.NONE).await();
        }

        List<Long> opens = new ArrayList<>();
        WorkbenchView opened = null;
        for (int i = 0; i < OPENS + 2; i++) {
            navigate("", org.transdesk.workbench.ui.LibraryView.class);
            long start = System.nanoTime();
            opened = navigate("articles/" + long200.id(), WorkbenchView.class);
            int bytes = new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
            long took = System.nanoTime() - start;
            assertThat(bytes).isPositive();
            if (i >= 2) {
                opens.add(took);
            }
        }
        int boxes = (int) descendants(opened.getElement())
                .filter(e -> !e.isTextNode() && e.getClassList().contains("segment-editor")).count();

        // the heap is measured after a few views are kept already, and again after SESSIONS more: whatever the first
        // opens leave behind once (caches every session shares, the long article's last view until the UI lets it go)
        // is in both figures, so the difference is what the SESSIONS views hold
        List<WorkbenchView> kept = new ArrayList<>();
        long before = 0;
        String histogramBefore = "";
        for (int i = 0; i < WARM_UP_VIEWS + SESSIONS; i++) {
            if (i == WARM_UP_VIEWS) {
                before = liveHeap();
                histogramBefore = histogram();
            }
            kept.add(navigate("articles/" + sample.id(), WorkbenchView.class));
            new UidlWriter().createUidl(UI.getCurrent(), false);
            // on to another page, so the next open makes a new view; not the library: it asks the browser for the window's
            // width, which no browser answers here, and each unanswered request kept that library view alive (about 90 state
            // nodes counted against every workbench until December 2026; a browser answers once and the details are kept)
            navigate("account", org.transdesk.security.ui.AccountView.class);
            new UidlWriter().createUidl(UI.getCurrent(), false);
        }
        long after = liveHeap();
        assertThat(kept).hasSize(WARM_UP_VIEWS + SESSIONS);
        writeHistogram(histogramBefore, histogram(), nodesByPart(kept.getLast().getElement()));
        write(long200, boxes, opens, (after - before) / SESSIONS);
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The JVM's class histogram of live objects (a full GC first), as jcmd GC.class_histogram prints it. */
    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /**
     * Where the kept workbenches' heap goes: the classes whose live bytes grew most while {@link #SESSIONS} views were
     * kept, per view. Writes {@code target/benchmarks/long-article-histogram.txt}.
     */
    private static void writeHistogram(String before, String after, java.util.Map<String, Integer> nodes) throws IOException {
        java.util.Map<String, long[]> was = histogramRows(before);
        java.util.Map<String, long[]> now = histogramRows(after);
        StringBuilder out = new StringBuilder("State nodes of one workbench (elements and text nodes), by part:\n");
        nodes.forEach((part, count) -> out.append(String.format("%8d  %s%n", count, part)));
        out.append(String.format("%n%12s %12s  %s (per kept workbench)%n", "instances", "bytes", "class"));
        now.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - was.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - was.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(60)
                .forEach(e -> out.append(String.format("%12.1f %12d  %s%n", e.getValue()[0] / (double) SESSIONS,
                        e.getValue()[1] / SESSIONS, e.getKey())));
        Path file = Path.of("target", "benchmarks", "long-article-histogram.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /** The view's element and text nodes, counted by the part of the page they belong to (the nearest part that names them). */
    private static java.util.Map<String, Integer> nodesByPart(com.vaadin.flow.dom.Element root) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        count(root, "page (toolbar, heading)", counts);
        int[] all = new int[1];
        root.getNode().visitNodeTree(n -> all[0]++);
        counts.put("= every state node of the view (with virtual children, e.g. tooltips)", all[0]);
        counts.put("  of which paragraph editors (SegmentEditor)", (int) descendants(root)
                .filter(e -> e.getComponent().filter(c -> c.getClass().getSimpleName().equals("SegmentEditor")).isPresent()).count());
        return counts;
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e), e.getChildren().flatMap(LongArticleBenchmark::descendants));
    }

    private static final List<java.util.Map.Entry<String, String>> PARTS = List.of(
            java.util.Map.entry("column-header", "column heads"),
            java.util.Map.entry("source-cell", "source paragraphs"),
            java.util.Map.entry("qa-findings", "paragraph QA findings (text box helper)"),
            java.util.Map.entry("segment-tools", "paragraph tool buttons"),
            java.util.Map.entry("segment-meta", "paragraph status line (status, origin, save)"),
            java.util.Map.entry("segment-editor", "paragraph text boxes"),
            java.util.Map.entry("segment-cell", "paragraph cells"),
            java.util.Map.entry("summary-cell", "summary cells"),
            java.util.Map.entry("cell-slot", "cell slots"));

    private static void count(com.vaadin.flow.dom.Element e, String part, java.util.Map<String, Integer> counts) {
        String mine = part;
        if (List.of("page (toolbar, heading)", "cell slots", "summary cells", "paragraph cells", "paragraph text boxes").contains(part)) {
            for (var p : PARTS) {
                if (!e.isTextNode() && e.getClassList().contains(p.getKey())) {
                    mine = p.getValue();
                    break;
                }
            }
        }
        if (mine.equals("column heads") && !e.isTextNode() && e.getParent() != null && !e.getParent().isTextNode()
                && e.getParent().getClassList().contains("column-header")) {
            // a head's parts, by the part's first class (or its tag)
            mine = "column heads › " + e.getClassList().stream().findFirst().orElse(e.getTag());
        }
        counts.merge(mine, 1, Integer::sum);
        String inherited = mine;
        e.getChildren().forEach(c -> count(c, inherited, counts));
    }

    private static java.util.Map<String, long[]> histogramRows(String histogram) {
        java.util.Map<String, long[]> rows = new java.util.HashMap<>();
        histogram.lines().map(String::trim).filter(l -> l.matches("\\d+:.*")).forEach(l -> {
            String[] f = l.split("\\s+");
            rows.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        });
        return rows;
    }

    private static List<String> sampleBody() throws IOException {
        try (InputStream in = LongArticleBenchmark.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            return lines;
        }
    }

    /** The sample's headline and its paragraphs over and over, {@code paragraphs} of them. */
    private static String article(int paragraphs) throws IOException {
        List<String> lines = sampleBody();
        List<String> body = lines.subList(1, lines.size());
        StringBuilder text = new StringBuilder(lines.getFirst().replaceFirst("^date \\S+ ", ""))
                .append(" (").append(paragraphs + 1).append(" paragraphs)\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append(body.get(i % body.size())).append('\n');
        }
        return text.toString();
    }

    private static void write(Article article, int boxes, List<Long> opens, long heapPerWorkbench) throws IOException {
        String md = "# Long articles and the heap of open workbenches\n\n"
                + "Article " + article.id() + ": " + article.segments().size() + " segments, three outputs drafted by the offline engine; "
                + boxes + " text boxes after opening. Opening = navigation to the workbench plus the response the browser would get, "
                + OPENS + " opens after 2 warm-up opens.\n\n"
                + String.format("| figure | value |%n|---|---|%n| open, median | %.0f ms |%n| open, max | %.0f ms |%n"
                        + "| live heap per open workbench (sample article, 3 outputs; %d kept) | %.0f KB |%n",
                Percentiles.millis(opens, 50), Percentiles.millis(opens, 100), SESSIONS, heapPerWorkbench / 1024.0);
        Path out = Path.of("target", "benchmarks", "long-article.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
