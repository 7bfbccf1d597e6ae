package org.transdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.security.Roles;
import org.transdesk.support.AppNode;
import org.transdesk.support.Browser;
import org.transdesk.support.Fixtures;

/**
 * The example proxy configuration (deploy/haproxy/transdesk.cfg, started by scripts/haproxy.sh) in
 * front of two nodes on one database: an editor's session sticks to one node, Vaadin push opens its
 * WebSocket through the proxy, and when that node dies the editor is sent to sign in again on the
 * other node and finds the saved text there. (Both nodes run in this JVM, so the test starts no
 * background generation: each Vaadin context installs its own JVM-wide security strategy.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyJourneyIT {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final String DATABASE = "jdbc:h2:mem:proxy-journey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
    static final String EDITED = "Москва и АСЕАН углубляют партнёрство (правка за прокси).";

    AppNode node1;
    AppNode node2;
    Process proxy;
    Browser browser;

    @BeforeAll
    void startNodesAndProxy() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(HAPROXY), "The proxy journey needs Debian's haproxy at " + HAPROXY + " (apt-get install -y haproxy)");
        node1 = AppNode.start(DATABASE, List.of());
        node2 = AppNode.start(DATABASE, List.of());
        int port = freePort();
        proxy = new ProcessBuilder("bash", "scripts/haproxy.sh", "127.0.0.1:" + port, "127.0.0.1:" + node1.port(), "127.0.0.1:" + node2.port())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "haproxy-journey.log").toFile()).start();
        await().atMost(Duration.ofSeconds(30)).until(() -> accepts(port));
        browser = new Browser("http://127.0.0.1:" + port);
    }

    @AfterAll
    void stopAll() {
        if (browser != null) {
            browser.close();
        }
        if (proxy != null) {
            proxy.destroy();
        }
        for (AppNode node : new AppNode[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void an_editor_works_through_the_proxy_and_signs_in_again_on_the_other_node_when_hers_dies() {
        long article = node1.as("editor", Roles.EDITOR, () -> {
            Article story = node1.bean(ArticleService.class).importText("Moscow and ASEAN\nThe partners met.\nThey agreed.");
            node1.bean(org.transdesk.review.DraftingService.class).saveGenerated(story.id(), Output.RU, 1,
                    Fixtures.draft("Москва и АСЕАН", "Партнёры встретились.", "Они договорились."));
            return story.id();
        });
        Page page = browser.newPage();
        List<String> webSockets = new CopyOnWriteArrayList<>();
        page.onWebSocket(ws -> webSockets.add(ws.url()));

        browser.signIn(page, "editor", "demo");
        String servedBy = nodeCookie(page);
        AppNode serving = "node1".equals(servedBy) ? node1 : node2;
        AppNode other = serving == node1 ? node2 : node1;
        serving.ownTheJvmWideSecurityStrategy();
        page.navigate(browser.url("/articles/" + article));
        var paragraph = page.locator("vaadin-text-area[data-output='ru'][data-position='1'] textarea");
        paragraph.fill(EDITED);
        paragraph.press("Tab");
        page.locator("vaadin-text-area[data-output='ru'][data-position='1'] ~ .segment-meta .save-status").waitFor();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(webSockets)
                .as("Vaadin push over a WebSocket through the proxy").anyMatch(url -> url.contains("/VAADIN/push")));
        assertThat(nodeCookie(page)).as("every request of the session went to one node").isEqualTo(servedBy);

        serving.close();
        other.ownTheJvmWideSecurityStrategy();
        page.reload();
        page.waitForURL(url -> url.contains("/login"));
        page.locator("vaadin-text-field[name='username'] input").waitFor();
        Browser.screenshot(page, "proxy-node-died-sign-in-again");

        browser.signIn(page, "editor", "demo");
        assertThat(nodeCookie(page)).isNotEqualTo(servedBy);
        page.navigate(browser.url("/articles/" + article));
        assertThat(page.locator("vaadin-text-area[data-output='ru'][data-position='1'] textarea").inputValue()).isEqualTo(EDITED);
    }

    private static String nodeCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("TRANSDESK_NODE")).map((Cookie c) -> c.value)
                .findFirst().orElseThrow(() -> new AssertionError("the proxy set no TRANSDESK_NODE cookie"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
