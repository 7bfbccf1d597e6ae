package org.transdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.transdesk.llm.internal.remote.ScriptedModelServer;
import org.transdesk.support.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failing case of issue #14, replayed on two production jars (separate JVMs: node 1 at
 * UTC+7, node 2 at UTC) on one PostgreSQL database, through their HTTP interfaces. Run by
 * scripts/two-nodes.sh, which builds the jar and the database; skipped without them. Cases of
 * engineers A and B run too and fail until their fixes are in the jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeCasesIT {

    static final String JAR = System.getProperty("transdesk.two-nodes.jar");
    static final String DATABASE = System.getProperty("transdesk.two-nodes.database");
    static final Path WORK = Path.of("target", "two-nodes");
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ScriptedModelServer lab;
    ScriptedModelServer slow;
    /** Holds every answer of the slow model until the case that needs a long run lets it go. */
    final CountDownLatch slowModelGoes = new CountDownLatch(1);
    JarNode node1;
    JarNode node2;
    JdbcClient jdbc;
    final Map<String, String> tokens = new java.util.HashMap<>();

    @BeforeAll
    void startTwoJarsAtOnce() throws Exception {
        Assumptions.assumeTrue(JAR != null && DATABASE != null, "Run by scripts/two-nodes.sh (-Dtransdesk.two-nodes.jar and .database)");
        Files.createDirectories(WORK);
        lab = new ScriptedModelServer().script(r -> ScriptedModelServer.Answer.text(r.wellFormedAnswer()));
        slow = new ScriptedModelServer().script(r -> {
            try {
                slowModelGoes.await(20, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedModelServer.Answer.text(r.wellFormedAnswer());
        });
        node1 = new JarNode("node1", ZoneId.of("Asia/Ho_Chi_Minh"), "lab");
        node2 = new JarNode("node2", ZoneId.of("UTC"), "offline");
        node1.awaitReady();
        node2.awaitReady();
        DataSource db = new DriverManagerDataSource(DATABASE, "transdesk", "transdesk");
        jdbc = JdbcClient.create(db);
        // the nodes answer on /login a moment before they have made the demo accounts
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("select count(*) from app_user where username in ('editor', 'reviewer', 'admin')").query(Integer.class).single() == 3);
        for (String user : List.of("editor", "reviewer", "admin")) {
            String secret = "tdk_twonodes" + UUID.randomUUID().toString().replace("-", "");
            jdbc.sql("insert into api_token (username, name, token_hash, token_hint, created_at) values (?, 'two nodes', ?, 'tdk_…', current_timestamp)")
                    .params(user, sha256(secret)).update();
            tokens.put(user, secret);
        }
    }

    @AfterAll
    void stopAll() {
        slowModelGoes.countDown();
        for (AutoCloseable c : new AutoCloseable[] {node1, node2, lab, slow}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    // ---- E: PostgreSQL in the product, start-up, settings, time zones ----

    @Test
    @Order(1)
    void e1_the_jar_runs_on_postgresql_given_only_url_user_and_password() {
        assertThat(jdbc.sql("select max(version) from flyway_schema_history where success").query(String.class).single()).isNotBlank();
        assertThat(node1.log()).doesNotContain("Failed to load driver class").doesNotContain("Unsupported Database");
    }

    @Test
    @Order(2)
    void e2_two_nodes_starting_at_once_create_the_samples_and_accounts_once() {
        assertThat(jdbc.sql("select count(*) from article where slug like '2021-04-15-asean-russia%'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tm_unit").query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from (select distinct source_text, target_lang, target_text from tm_unit) u").query(Integer.class).single());
        assertThat(node1.log() + node2.log()).doesNotContain("Application run failed");
    }

    @Test
    @Order(3)
    void e3_a_model_settings_change_on_node_1_is_used_by_the_next_generation_on_node_2() throws Exception {
        long article = importArticle(node2, "Settings story\nThe desk changed its model.");
        try (Browser browser = new Browser(node1.url(""))) {
            var page = browser.newPage();
            browser.signIn(page, "admin", "demo");
            page.navigate(browser.url("/admin/models"));
            page.locator("vaadin-select:has(label:text-is('Route for Summary (summary)'))").click();
            // each select keeps its items in the page: only the opened one's are visible
            page.locator("vaadin-select-item[role='option']:text-is('lab') >> visible=true").click();
            page.locator("vaadin-button:has-text('Save routes')").click();
            page.locator("vaadin-notification-card:has-text('Routes saved')").waitFor();
        }
        JsonNode draft = generateAndWait(node2, article, "summary");
        assertThat(draft.get("engine").asString()).isEqualTo("lab");
    }

    @Test
    @Order(4)
    void e4_an_approval_on_the_node_at_utc_plus_7_reads_the_same_time_on_the_node_at_utc() throws Exception {
        long article = importArticle(node1, "Time story\nThe clocks agree.");
        generateAndWait(node1, article, "vi");
        Instant before = Instant.now();
        JsonNode version = json(post(node1, "/api/v1/articles/" + article + "/outputs/vi/approve", "reviewer", "{\"overrideReason\":\"two-node check\"}"));
        Instant after = Instant.now();
        Instant onNode1 = Instant.parse(version.get("approvedAt").asString());
        JsonNode exported = json(get(node2, "/api/v1/articles/" + article + "/outputs/vi/approved?format=json", "editor"));
        Instant onNode2 = Instant.parse(exported.findValue("approvedAt").asString());
        assertThat(onNode2).isEqualTo(onNode1);
        assertThat(onNode1).isBetween(before.minusSeconds(2), after.plusSeconds(2));
    }

    @Test
    @Order(5)
    void e5_the_library_orders_articles_imported_on_both_nodes_newest_first() throws Exception {
        String word = "order" + UUID.randomUUID().toString().substring(0, 6);
        importArticle(node1, "Earlier " + word + "\nFirst.");
        importArticle(node2, "Later " + word + "\nSecond.");
        JsonNode list = json(get(node1, "/api/v1/articles?search=" + word, "editor"));
        List<String> titles = new ArrayList<>();
        (list.isArray() ? list : list.findValue("articles")).forEach(a -> titles.add(a.get("title").asString()));
        assertThat(titles).containsExactly("Later " + word, "Earlier " + word);
    }

    // ---- A: generation runs and approvals across nodes ----

    @Test
    @Order(10)
    void a1_node_2_starting_and_translate_running_while_node_1_generates_leave_node_1s_run_alone() throws Exception {
        long article = importArticle(node1, "Slow story\nA long model run.");
        assertThat(post(node1, "/api/v1/articles/" + article + "/outputs/ru/generate", "editor", null).statusCode()).isEqualTo(202);
        awaitRun(node1, article, "ru", "RUNNING"); // and it stays running: the slow model answers when this case lets it
        node2.close(); // never more than two application JVMs at once on the shared test machine

        Path in = WORK.resolve("cli-article.txt");
        Files.writeString(in, "CLI story\nRun from cron.");
        Process cli = new ProcessBuilder(niceJava("-Xmx384m", "-jar", JAR, "translate", "--in", in.toString(), "--to", "vi", "--out", WORK.resolve("cli-out").toString(),
                "--spring.datasource.url=" + DATABASE, "--spring.datasource.username=transdesk", "--spring.datasource.password=transdesk"))
                .redirectErrorStream(true).redirectOutput(WORK.resolve("cli.log").toFile()).start();
        assertThat(cli.waitFor(10, TimeUnit.MINUTES)).as("`translate` finished; see " + WORK.resolve("cli.log")).isTrue();
        assertThat(progress(node1, article, "ru").get("state").asString()).as("state after `translate` ran on the same database").isEqualTo("DRAFTING");

        node2.start();
        node2.awaitReady();
        assertThat(progress(node1, article, "ru").get("state").asString()).as("state after node 2 started").isEqualTo("DRAFTING");
        assertThat(progress(node2, article, "ru").get("state").asString()).as("state node 2 reports").isEqualTo("DRAFTING");

        HttpResponse<String> second = post(node2, "/api/v1/articles/" + article + "/outputs/ru/generate", "editor", null);
        assertThat(second.statusCode()).as("a second paid run while the first runs: " + second.body()).isGreaterThanOrEqualTo(400);

        slowModelGoes.countDown();
        awaitRun(node1, article, "ru", "FINISHED");
        assertThat(progress(node1, article, "ru").get("state").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(slow.requests()).as("paid model calls for the one-paragraph article (title + body)").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    @Order(11)
    void a2_two_reviewers_approving_at_once_on_two_nodes_get_one_version_and_one_refusal() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            long article = importArticle(node1, "Approval story " + attempt + "\nTwo reviewers at once.");
            generateAndWait(node1, article, "vi");
            CyclicBarrier together = new CyclicBarrier(2);
            List<Integer> statuses = new ArrayList<>();
            try (ExecutorService reviewers = Executors.newFixedThreadPool(2)) {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (JarNode node : List.of(node1, node2)) {
                    answers.add(reviewers.submit(() -> {
                        together.await();
                        return post(node, "/api/v1/articles/" + article + "/outputs/vi/approve", "reviewer", "{\"overrideReason\":\"two-node check\"}");
                    }));
                }
                for (var answer : answers) {
                    statuses.add(answer.get(2, TimeUnit.MINUTES).statusCode());
                }
            }
            assertThat(jdbc.sql("select count(*) from approved_version where article_id = ?").param(article).query(Integer.class).single())
                    .as("versions after two approvals at once (answers " + statuses + ")").isEqualTo(1);
            assertThat(statuses).containsOnlyOnce(200);
        }
    }

    @Test
    @Order(12)
    void a3_progress_on_the_node_that_lost_the_race_reports_the_finished_run() throws Exception {
        long article = importArticle(node1, "Race story\nTwo starts at once.");
        CyclicBarrier together = new CyclicBarrier(2);
        try (ExecutorService editors = Executors.newFixedThreadPool(2)) {
            for (JarNode node : List.of(node1, node2)) {
                editors.submit(() -> {
                    together.await();
                    return post(node, "/api/v1/articles/" + article + "/outputs/summary/generate", "editor", null);
                });
            }
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> "NEEDS_REVIEW".equals(progress(node1, article, "summary").get("state").asString()));
        for (JarNode node : List.of(node1, node2)) {
            assertThat(progress(node, article, "summary").get("run").asString()).as(node.name + " after the run finished").isNotEqualTo("RUNNING");
        }
    }

    // ---- B: caches across nodes ----

    @Test
    @Order(19)
    void b1_a_glossary_term_saved_on_node_1_is_used_by_the_next_generation_on_node_2() throws Exception {
        String term = "zqx" + UUID.randomUUID().toString().substring(0, 6);
        String rendering = "термин-" + term;
        try (Browser browser = new Browser(node1.url(""))) {
            var page = browser.newPage();
            browser.signIn(page, "admin", "demo");
            page.navigate(browser.url("/glossary"));
            page.locator("vaadin-text-field:has(label:text-is('Term (en)')) input").fill(term);
            page.locator("vaadin-text-field:has(label:text-is('Russian')) input").fill(rendering);
            page.locator("vaadin-button:has-text('Save term')").click();
            page.locator("vaadin-notification-card:has-text('Saved')").waitFor();
        }
        slowModelGoes.countDown(); // in case a1 stopped before it let the model answer
        long article = importArticle(node2, "Glossary story\nThe " + term + " was opened to traffic.");
        int before = slow.requests().size();
        generateAndWait(node2, article, "ru");
        assertThat(slow.requests().subList(before, slow.requests().size()))
                .as("node 2's prompts for an article with the term node 1 just saved")
                .anyMatch(r -> JSON.readTree(r.body()).toString().contains(rendering));
    }

    @Test
    @Order(20)
    void b2_a_unit_learned_on_node_1_is_found_fuzzily_on_node_2() throws Exception {
        String sentence = "The delegation of the coastal province signed %s agreements on rice exports with three partners.";
        long taught = importArticle(node1, "Learning story\n" + sentence.formatted("seven"));
        generateAndWait(node1, taught, "vi");
        post(node1, "/api/v1/articles/" + taught + "/outputs/vi/approve", "reviewer", "{\"overrideReason\":\"two-node check\"}");
        long similar = importArticle(node2, "Learning story again\n" + sentence.formatted("eight"));
        JsonNode draft = generateAndWait(node2, similar, "vi");
        assertThat(draft.get("segments").get(1).get("origin").asString()).isEqualTo("MEMORY_FUZZY");
    }

    // ---- helpers ----

    private long importArticle(JarNode node, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/articles")))
                .header("Authorization", "Bearer " + tokens.get("editor")).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json(response).get("id").asLong();
    }

    private JsonNode generateAndWait(JarNode node, long article, String output) throws Exception {
        HttpResponse<String> started = post(node, "/api/v1/articles/" + article + "/outputs/" + output + "/generate", "editor", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(300))
                .until(() -> "NEEDS_REVIEW".equals(progress(node, article, output).get("state").asString()));
        return json(get(node, "/api/v1/articles/" + article + "/outputs/" + output + "/draft", "editor"));
    }

    private void awaitRun(JarNode node, long article, String output, String run) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(300))
                .until(() -> run.equals(progress(node, article, output).get("run").asString()));
    }

    private JsonNode progress(JarNode node, long article, String output) throws Exception {
        return json(get(node, "/api/v1/articles/" + article + "/outputs/" + output + "/progress", "editor"));
    }

    private HttpResponse<String> get(JarNode node, String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", "Bearer " + tokens.get(user)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(JarNode node, String path, String user, String jsonBody) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", "Bearer " + tokens.get(user));
        request = jsonBody == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A JVM of the test's JDK at low priority, with a small heap and the quick JIT: the machine that
     * runs this is shared, and these JVMs serve a handful of requests, not load.
     */
    private static List<String> niceJava(String... arguments) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.add("/usr/bin/nice");
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(arguments));
        return command;
    }

    /** A production jar in its own JVM and time zone, on the shared database; vi routed as given, ru to the slow model. */
    final class JarNode implements AutoCloseable {
        final String name;
        final ZoneId zone;
        final String viRoute;
        final int port;
        Process process;

        JarNode(String name, ZoneId zone, String viRoute) throws IOException {
            this.name = name;
            this.zone = zone;
            this.viRoute = viRoute;
            try (ServerSocket socket = new ServerSocket(0)) {
                this.port = socket.getLocalPort();
            }
            start();
        }

        void start() throws IOException {
            List<String> command = niceJava("-Xmx512m", "-Duser.timezone=" + zone.getId(), "-jar", JAR, "--server.port=" + port, "--transdesk.node-id=" + name,
                    "--spring.datasource.url=" + DATABASE, "--spring.datasource.username=transdesk", "--spring.datasource.password=transdesk",
                    "--spring.profiles.active=demo", "--transdesk.export.root=" + WORK.resolve(name + "-exports"),
                    "--transdesk.llm.providers.lab.type=openai", "--transdesk.llm.providers.lab.base-url=" + lab.baseUrl(),
                    "--transdesk.llm.providers.lab.api-key=sk-two-nodes", "--transdesk.llm.providers.lab.model=lab-model",
                    "--transdesk.llm.providers.slow.type=openai", "--transdesk.llm.providers.slow.base-url=" + slow.baseUrl(),
                    "--transdesk.llm.providers.slow.api-key=sk-two-nodes", "--transdesk.llm.providers.slow.model=slow-model",
                    "--transdesk.llm.providers.slow.timeout=20m",
                    "--transdesk.llm.routes.vi=" + viRoute, "--transdesk.llm.routes.ru=slow");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve(name + ".log").toFile()));
            builder.environment().put("TZ", zone.getId());
            process = builder.start();
        }

        void awaitReady() {
            await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
                assertThat(process.isAlive()).as(name + " exited; see " + WORK.resolve(name + ".log")).isTrue();
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        String log() {
            try {
                return Files.readString(WORK.resolve(name + ".log"));
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor(1, TimeUnit.MINUTES);
            }
        }
    }
}
