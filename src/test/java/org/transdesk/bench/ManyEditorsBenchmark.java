package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.export.ExportService;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.llm.internal.remote.ScriptedModelServer.Answer;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.EditingService;
import org.transdesk.review.SegmentText;

/**
 * The app under many editors at once, on loopback. Each of N sessions logs in through the real login
 * form over HTTP (own cookie jar), loads the app page, then for a bounded time walks the editor's
 * round through the service layer as its user: import an article, generate the Vietnamese draft
 * through a local OpenAI-compatible test model server (streamed, 300 ms per call + 10 ms per output
 * token, answers as long as the source), edit a paragraph, approve (as reviewer), export Markdown. Afterwards the database
 * must hold exactly the edits, approvals and imports that were performed, and no step may fail.
 *
 * <p>Run: {@code ./mvnw -q test -Pbenchmark -Dtest=ManyEditorsBenchmark [-Dtransdesk.bench.sessions=50]
 * [-Dtransdesk.bench.seconds=60]}. Writes {@code target/benchmarks/many-editors.md}.
 *
 * <p>Limits, stated in the report: the Vaadin UI round trips (UIDL) are not driven, so "page" is the
 * bootstrap page only and heap per session covers the HTTP session, not a Vaadin UI.
 */
@Tag("benchmark")
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bench-many-editors;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=20",
        "transdesk.samples.load-on-empty-database=true",
        "transdesk.export.root=target/benchmarks/many-editors-exports",
        "transdesk.llm.routes.vi=bench",
        "transdesk.llm.cache-size=0",
        "transdesk.llm.providers.bench.type=openai",
        "transdesk.llm.providers.bench.model=bench-model",
        "transdesk.llm.providers.bench.streaming=true",
        "transdesk.llm.providers.bench.max-concurrency=64",
        "transdesk.llm.providers.bench.timeout=120s"})
class ManyEditorsBenchmark {

    static final Duration MODEL_PER_CALL = Duration.ofMillis(300);
    static final Duration MODEL_PER_TOKEN = Duration.ofMillis(10);
    static final ScriptedModelServer MODEL = startModelServer();

    @DynamicPropertySource
    static void modelServer(DynamicPropertyRegistry registry) {
        registry.add("transdesk.llm.providers.bench.base-url", MODEL::baseUrl);
    }

    @AfterAll
    static void stopModelServer() {
        MODEL.close();
    }

    private static final int SESSIONS = Integer.getInteger("transdesk.bench.sessions", 50);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("transdesk.bench.seconds", 60));
    private static final List<String> KINDS = List.of("login (HTTP)", "app page (HTTP)", "import", "generate vi", "edit", "approve", "export");

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    GenerationService generation;
    @Autowired
    DraftService drafts;
    @Autowired ApprovalService approval;
    @Autowired EditingService editing;
    @Autowired
    ExportService exports;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, Queue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger imports = new AtomicInteger();
    private final AtomicInteger edits = new AtomicInteger();
    private final AtomicInteger approvals = new AtomicInteger();
    private final AtomicInteger exported = new AtomicInteger();

    @Test
    void many_editors_at_once_lose_nothing() throws Exception {
        String sample = sampleArticle();
        answerLikeTheSample(sample);
        int articlesBefore = count("article");
        long heapBefore = usedHeapAfterGc();
        List<HttpClient> clients = new ArrayList<>();
        List<Boolean> loggedIn;
        try (ExecutorService logins = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> running = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                clients.add(http);
                running.add(logins.submit(() -> timed("login (HTTP)", () -> logIn(http)) && timed("app page (HTTP)", () -> get(http, "/"))));
            }
            loggedIn = new ArrayList<>();
            for (Future<Boolean> f : running) {
                loggedIn.add(f.get(300, TimeUnit.SECONDS));
            }
        }
        long heapPerSession = (usedHeapAfterGc() - heapBefore) / SESSIONS; // Tomcat keeps the sessions (8 h timeout)

        long deadline = System.nanoTime() + DURATION.toNanos();
        try (ExecutorService sessions = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                int session = s;
                if (loggedIn.get(s)) {
                    running.add(sessions.submit(() -> walk(session, sample, deadline)));
                }
            }
            for (Future<?> f : running) {
                f.get(DURATION.toSeconds() + 300, TimeUnit.SECONDS);
            }
        }
        assertThat(clients).hasSize(SESSIONS);

        int editsStored = count("segment_revision where kind = 'EDIT'");
        int approvalsStored = count("approved_version");
        int importsStored = count("article") - articlesBefore;
        writeReport(heapPerSession, editsStored, approvalsStored, importsStored);

        assertThat(errorSamples).as("errors during the run").isEmpty();
        assertThat(editsStored).as("edits in the database = edits performed").isEqualTo(edits.get());
        assertThat(approvalsStored).as("approvals in the database = approvals performed").isEqualTo(approvals.get());
        assertThat(importsStored).as("articles in the database = imports performed").isEqualTo(imports.get());
    }

    private void walk(int session, String sample, long deadline) {
        for (int round = 1; System.nanoTime() < deadline; round++) {
            String title = "Session " + session + " round " + round + ": " + sample.lines().findFirst().orElseThrow();
            String text = title + sample.substring(sample.indexOf('\n'));
            runAs("editor", "EDITOR");
            Article[] article = new Article[1];
            Draft[] draft = new Draft[1];
            boolean ok = timed("import", () -> {
                article[0] = articles.importText(text);
                imports.incrementAndGet();
            }) && timed("generate vi", () -> {
                generation.start(article[0].id(), Set.of(Output.VI), GenerationObserver.NONE).await();
                draft[0] = drafts.find(article[0].id(), Output.VI).orElseThrow(() -> new AssertionError("no draft after generation"));
            }) && timed("edit", () -> {
                SegmentText paragraph = draft[0].segments().get(1);
                editing.editSegment(draft[0].id(), 1, paragraph.text() + " (edited in session " + session + ")", paragraph.revision());
                edits.incrementAndGet();
            });
            runAs("reviewer", "EDITOR", "REVIEWER");
            ok = ok && timed("approve", () -> {
                // the test model's filler text lacks the source's numbers and names, which QA blocks: the reviewer gives a reason
                approval.approve(draft[0].id(), "benchmark: test model draft approved as is");
                approvals.incrementAndGet();
            }) && timed("export", () -> {
                exports.exportMarkdown(article[0].id(), Output.VI);
                exported.incrementAndGet();
            });
            SecurityContextHolder.clearContext();
            if (!ok) {
                return;
            }
        }
    }

    private void logIn(HttpClient http) throws IOException, InterruptedException {
        get(http, "/login");
        HttpRequest post = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=demo")).build();
        HttpResponse<Void> response = http.send(post, HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " → " + location);
        }
    }

    private void get(HttpClient http, String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs and times one step; a failure is counted, sampled and ends the session's walk. */
    private boolean timed(String kind, Step step) {
        long start = System.nanoTime();
        try {
            step.run();
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            return true;
        } catch (Exception | AssertionError e) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
            if (errorSamples.size() < 10) {
                errorSamples.add(kind + ": " + e);
            }
            return false;
        }
    }

    private static void runAs(String user, String... roles) {
        var roleNames = java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, AuthorityUtils.createAuthorityList(roleNames)));
    }

    private void writeReport(long heapPerSession, int editsStored, int approvalsStored, int importsStored) throws IOException {
        StringBuilder md = new StringBuilder("""
                # The app under many editors

                %d concurrent sessions for %d s on loopback (`@SpringBootTest(RANDOM_PORT)`, H2 in memory). \
                Each session logs in through the login form over HTTP and loads the app page, then repeats: import → \
                generate vi → edit a paragraph → approve (as reviewer) → export Markdown, through the service layer. \
                Generation goes to a local OpenAI-compatible test model server (draft cache off, so every paragraph is asked \
                for, although all sessions translate the same sample): streamed, %d ms per call + %d ms per \
                output token, answers as long as the source (the sample's Vietnamese draft: about %d output tokens, \
                so about %.1f s of model time per generation).

                | request kind | count | p50 (ms) | p95 (ms) | errors |
                |---|---|---|---|---|
                """.formatted(SESSIONS, DURATION.toSeconds(), MODEL_PER_CALL.toMillis(), MODEL_PER_TOKEN.toMillis(), sampleTokens,
                (MODEL_PER_CALL.toMillis() + sampleTokens * MODEL_PER_TOKEN.toMillis()) / 1000.0));
        for (String kind : KINDS) {
            Queue<Long> times = latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>());
            md.append("| %s | %d | %.1f | %.1f | %d |%n".formatted(kind, times.size(), Percentiles.millis(times, 50),
                    Percentiles.millis(times, 95), errors.getOrDefault(kind, new LongAdder()).sum()));
        }
        md.append("""

                Load average at the end (1/5/15 min, 2 cores shared with other work): %s.
                Performed vs stored: imports %d / %d, edits %d / %d, approvals %d / %d, exports %d. \
                Heap growth per logged-in HTTP session (after GC, measured after all logins and before the work; no Vaadin UI instance): %.1f KiB.
                """.formatted(ColdStartBenchmark.loadAverage(), imports.get(), importsStored, edits.get(), editsStored, approvals.get(), approvalsStored,
                exported.get(), heapPerSession / 1024.0));
        errorSamples.forEach(e -> md.append("\nError sample: ").append(e.replace("|", "/")));
        System.out.println(md);
        Path report = Path.of("target", "benchmarks", "many-editors.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, md);
    }

    private int sampleTokens;

    /** The model server answers the sample's paragraph ids with Vietnamese text as long as each paragraph. */
    private void answerLikeTheSample(String sample) {
        runAs("editor", "EDITOR");
        Article reference = articles.importText(sample);
        SecurityContextHolder.clearContext();
        Map<String, String> byId = new java.util.HashMap<>();
        List<String> segments = reference.segments();
        for (int i = 0; i < segments.size(); i++) {
            byId.put(i == 0 ? "title" : "p" + i, segments.get(i));
        }
        sampleTokens = (ServerAnswers.translation(List.copyOf(byId.keySet()), byId, false).length() + 3) / 4;
        MODEL.delay(MODEL_PER_CALL).perOutputToken(MODEL_PER_TOKEN)
                .script(r -> Answer.text(r.isSummary() ? ServerAnswers.summary(byId, 60) : ServerAnswers.translation(r.ids(), byId, r.wantsRussian())));
    }

    private static ScriptedModelServer startModelServer() {
        try {
            return new ScriptedModelServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Integer.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static String sampleArticle() throws IOException {
        try (InputStream in = ManyEditorsBenchmark.class.getResourceAsStream("/samples/asean-russia-2021-04-15.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
