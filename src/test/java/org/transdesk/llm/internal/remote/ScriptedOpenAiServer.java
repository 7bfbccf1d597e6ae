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
 * A test double for an OpenAI-compatible server on 127.0.0.1 and a random port, speaking the real
 * chat-completions wire format (JSON, or SSE chunks when the request asks to stream). Each test
 * scripts the answers; the server records every request body.
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

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
    public record Request(String body) {

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

        public boolean streams() {
            return body.replace(" ", "").contains("\"stream\":true");
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
    private final AtomicInteger streamedChunks = new AtomicInteger();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Function<Request, Answer> script = r -> Answer.text(r.wellFormedAnswer());
    private volatile Duration delay = Duration.ZERO;

    public ScriptedOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers by the script, which sees the request. */
    public ScriptedOpenAiServer script(Function<Request, Answer> script) {
        this.script = script;
        return this;
    }

    /** Answers in this order, repeating the last one. */
    public ScriptedOpenAiServer answers(List<Function<Request, Answer>> inOrder) {
        AtomicInteger next = new AtomicInteger();
        this.script = r -> inOrder.get(Math.min(next.getAndIncrement(), inOrder.size() - 1)).apply(r);
        return this;
    }

    /** Every answer comes after this delay (a model that "thinks" for a fixed time). */
    public ScriptedOpenAiServer delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int streamedChunks() {
        return streamedChunks.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            if (!delay.isZero() && stopping.await(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return;
            }
            Answer answer = script.apply(request);
            switch (answer) {
                case Answer.Text text when request.streams() -> stream(exchange, request, text);
                case Answer.Text text -> send(exchange, 200, Map.of("Content-Type", "application/json"), completion(request, text));
                case Answer.Status status -> send(exchange, status.code(), status.headers(), status.body());
                case Answer.Raw raw -> send(exchange, 200, Map.of("Content-Type", "application/json"), raw.body());
                case Answer.Hang hang -> stopping.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String completion(Request request, Answer.Text text) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"test-model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + json(text.content()) + "},"
                + "\"finish_reason\":\"" + text.finishReason() + "\"}]," + usage(request, text) + "}";
    }

    private void stream(HttpExchange exchange, Request request, Answer.Text text) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String content = text.content();
        for (int i = 0; i < content.length(); i += 12) {
            String piece = content.substring(i, Math.min(content.length(), i + 12));
            event(out, chunk("{\"content\":" + json(piece) + "}", "null"));
            streamedChunks.incrementAndGet();
        }
        event(out, chunk("{}", "\"" + text.finishReason() + "\""));
        event(out, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\",\"choices\":[],"
                + usage(request, text) + "}");
        event(out, "[DONE]");
    }

    private static String chunk(String delta, String finishReason) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}";
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Token counts by the 4-characters rule, so tests and benchmarks can predict them. */
    private static String usage(Request request, Answer.Text text) {
        long prompt = Tokens.estimate(request.body());
        long completion = Tokens.estimate(text.content());
        return "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion) + "}";
    }

    private static void send(HttpExchange exchange, int code, Map<String, String> headers, String body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
    }
}
