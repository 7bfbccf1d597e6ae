package org.transdesk.llm.internal.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test double for a model server on 127.0.0.1 and a random port, speaking one provider's real
 * wire format ({@link WireDialect}: OpenAI chat completions by default) as whole JSON answers or
 * streamed pieces. Each test scripts the answers; the server records every request.
 */
public final class ScriptedModelServer implements AutoCloseable {

    static {
        // the JDK's HttpServer leaves Nagle's algorithm on: with delayed ACKs that adds ~40 ms to every
        // answer, which would be charged to our pipeline in timings (read once, when the server class loads)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the server does with one request. */
    public sealed interface Answer {
        record Text(String content, String finishReason) implements Answer {
        }

        record Status(int code, Map<String, String> headers, String body) implements Answer {
        }

        record Raw(String body) implements Answer {
        }

        record Hang() implements Answer {
        }

        static Answer text(String content) {
            return new Text(content, "stop");
        }

        static Answer cutOff(String content) {
            return new Text(content, "length");
        }
    }

    /** A request as the script sees it. */
    public record Request(String path, String body, boolean streams) {

        private static final Pattern MARKER = Pattern.compile("\\[\\[([A-Za-z0-9_-]+)]]");

        /** Paragraph ids asked for, in order. */
        public List<String> ids() {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            Matcher m = MARKER.matcher(body);
            while (m.find()) {
                ids.add(m.group(1));
            }
            return new ArrayList<>(ids);
        }

        public boolean wantsRussian() {
            return body.contains("into Russian");
        }

        public boolean isSummary() {
            return body.contains("Write a short summary");
        }

        /** What a well-behaved model would answer: a translation of every paragraph, or a summary. */
        public String wellFormedAnswer() {
            return isSummary() ? SUMMARY : translateAll();
        }

        /** A well-formed translation of every asked paragraph, in the requested language. */
        public String translateAll() {
            StringBuilder out = new StringBuilder();
            for (String id : ids()) {
                out.append("[[").append(id).append("]]\n")
                        .append(wantsRussian() ? "Перевод абзаца " + id + " о сотрудничестве АСЕАН и России."
                                : "Bản dịch đoạn " + id + " về hợp tác giữa ASEAN và Nga.")
                        .append("\n\n");
            }
            return out.toString().strip();
        }
    }

    public static final String SUMMARY = "ASEAN and Russia reviewed their strategic partnership at the 19th ASEAN-Russia "
            + "Joint Cooperation Committee meeting, held online, and agreed to deepen cooperation in 2021.";

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Served> served = new CopyOnWriteArrayList<>();
    private final AtomicInteger streamedChunks = new AtomicInteger();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Function<Request, Answer> script = r -> Answer.text(r.wellFormedAnswer());
    private volatile Duration delay = Duration.ZERO;
    private volatile Duration pieceDelay = Duration.ZERO;
    private volatile Duration perOutputToken = Duration.ZERO;

    private final WireDialect dialect;

    public ScriptedModelServer() throws IOException {
        this(WireDialect.OPENAI);
    }

    public ScriptedModelServer(WireDialect dialect) throws IOException {
        this.dialect = dialect;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure: OpenAI clients add /chat/completions, Anthropic /messages, Ollama /api/chat, Gemini /models/... */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return switch (dialect) {
            case OPENAI, ANTHROPIC -> root + "/v1";
            case OLLAMA -> root;
            case GEMINI -> root + "/v1beta";
        };
    }

    public WireDialect dialect() {
        return dialect;
    }

    /** Answers by the script, which sees the request. */
    public ScriptedModelServer script(Function<Request, Answer> script) {
        this.script = script;
        return this;
    }

    /** Answers in this order, repeating the last one. */
    public ScriptedModelServer answers(List<Function<Request, Answer>> inOrder) {
        AtomicInteger next = new AtomicInteger();
        this.script = r -> inOrder.get(Math.min(next.getAndIncrement(), inOrder.size() - 1)).apply(r);
        return this;
    }

    /** Every answer comes after this delay (a model that "thinks" for a fixed time). */
    public ScriptedModelServer delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    /**
     * Each output token (4 characters of the answer) adds this much model time: a whole answer comes
     * after the delay plus its tokens' time, streamed pieces at this rate after the delay.
     */
    public ScriptedModelServer perOutputToken(Duration perToken) {
        this.perOutputToken = perToken;
        return this;
    }

    /** Streamed pieces follow each other after this pause (so a browser can watch them arrive). */
    public ScriptedModelServer pieceDelay(Duration pieceDelay) {
        this.pieceDelay = pieceDelay;
        return this;
    }

    /** A request, its answer's output tokens and the model time it was given: the delay plus those tokens' time. */
    public record Served(Request request, int outputTokens, Duration modelTime) {
    }

    public List<Served> served() {
        return List.copyOf(served);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int streamedChunks() {
        return streamedChunks.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long arrived = System.nanoTime();
            Request request = new Request(path, body, dialect.streams(path, body));
            if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/models") && dialect == WireDialect.OPENAI) {
                send(exchange, 200, Map.of("Content-Type", "application/json"), "{\"object\":\"list\",\"data\":["
                        + "{\"id\":\"test-model\",\"object\":\"model\",\"created\":1,\"owned_by\":\"test\"},"
                        + "{\"id\":\"another-model\",\"object\":\"model\",\"created\":1,\"owned_by\":\"test\"}]}");
                return;
            }
            requests.add(request);
            Answer answer = script.apply(request);
            String content = answer instanceof Answer.Text text ? text.content() : null;
            // like a model server, the time runs from the request's arrival: the script's own work is inside it
            // a whole answer waits for all its tokens; a streamed one sends them at that rate after the delay
            int outputTokens = Tokens.estimate(content);
            List<String> units = answer instanceof Answer.Text text && request.streams() ? streamUnits(request, text) : null;
            // a whole answer comes when all its tokens are made; a streamed one starts after the delay and runs at the token rate
            Duration modelTime = units != null
                    ? delay.plus(piecePause().multipliedBy(Math.max(0, units.size() - 1)))
                    : delay.plus(perOutputToken.multipliedBy(outputTokens));
            served.add(new Served(request, outputTokens, modelTime));
            // a whole answer is serialised before the wait: the server's own work belongs to the model time
            String whole = answer instanceof Answer.Text text && !request.streams()
                    ? dialect.completion(text.content(), cutOff(text), Tokens.estimate(request.body()), outputTokens) : null;
            long wait = arrived + (units != null ? delay : modelTime).toNanos() - System.nanoTime();
            if (wait > 0 && stopping.await(wait, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                return;
            }
            switch (answer) {
                case Answer.Text text when units != null -> stream(exchange, units);
                case Answer.Text text -> send(exchange, 200, Map.of("Content-Type", "application/json"), whole);
                case Answer.Status status -> send(exchange, status.code(), status.headers(), status.body());
                case Answer.Raw raw -> send(exchange, 200, Map.of("Content-Type", "application/json"), raw.body());
                case Answer.Hang hang -> stopping.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answer as the dialect's stream: its text in pieces of 12 characters (about 3 tokens each), framed. */
    private List<String> streamUnits(Request request, Answer.Text text) {
        List<String> pieces = new ArrayList<>();
        String content = text.content();
        for (int i = 0; i < content.length(); i += 12) {
            pieces.add(content.substring(i, Math.min(content.length(), i + 12)));
        }
        return dialect.stream(pieces, cutOff(text), Tokens.estimate(request.body()), Tokens.estimate(content));
    }

    /** Between two streamed pieces: the piece delay plus three tokens' time. */
    private Duration piecePause() {
        return pieceDelay.plus(perOutputToken.multipliedBy(3));
    }

    private void stream(HttpExchange exchange, List<String> units) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", dialect.streamContentType);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long pause = piecePause().toNanos();
        long first = System.nanoTime();
        for (int i = 0; i < units.size(); i++) {
            // each piece at its own time after the first, so timer slack does not add up over hundreds of pieces
            long wait = first + i * pause - System.nanoTime();
            if (i > 0 && wait > 0) {
                try {
                    if (stopping.await(wait, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.write(units.get(i).getBytes(StandardCharsets.UTF_8));
            out.flush();
            streamedChunks.incrementAndGet();
        }
    }

    private static boolean cutOff(Answer.Text text) {
        return "length".equals(text.finishReason());
    }

    private static void send(HttpExchange exchange, int code, Map<String, String> headers, String body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
    }
}
