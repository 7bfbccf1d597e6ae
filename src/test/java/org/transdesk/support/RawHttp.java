package org.transdesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for bodies no ordinary client sends the way an attacker does: a
 * declared or chunked body of many megabytes, streamed while the answer is read, so a server that
 * answers early (and closes) is seen answering rather than as a broken pipe.
 */
public final class RawHttp {

    /** Status, headers (lower-case names) and body of the answer, and how many body bytes were sent before it. */
    public record Answer(int status, Map<String, String> headers, String body, long bytesSent) {
    }

    private RawHttp() {
    }

    /**
     * Sends {@code method path} with {@code bodyBytes} bytes of {@code filler} (declared in
     * Content-Length, or chunked when {@code chunked}); extra headers and a body prefix (e.g. multipart
     * headers) as given.
     */
    public static Answer send(int port, String method, String path, Map<String, String> headers, byte[] prefix,
                              long bodyBytes, boolean chunked) throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            long total = prefix.length + bodyBytes;
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + total + "\r\n").append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = Thread.ofPlatform().daemon().start(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                    writeBody(out, prefix, chunked);
                    sent.addAndGet(prefix.length);
                    for (long left = bodyBytes; left > 0; ) {
                        int n = (int) Math.min(chunk.length, left);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(chunk, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(n);
                        left -= n;
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading and closed: expected when it refuses early
                }
            });
            Answer answer = read(socket.getInputStream(), sent);
            writer.join(60_000);
            return new Answer(answer.status(), answer.headers(), answer.body(), sent.get());
        }
    }

    private static void writeBody(OutputStream out, byte[] prefix, boolean chunked) throws IOException {
        if (prefix.length == 0) {
            return;
        }
        if (chunked) {
            out.write((Integer.toHexString(prefix.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(prefix);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static Answer read(InputStream in, AtomicLong sent) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before an answer; " + headBytes);
            }
            headBytes.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
        }
        String[] lines = headBytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        String body = "";
        if (headers.containsKey("content-length")) {
            body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
            while (true) {
                String size = readLine(in);
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                bodyBytes.write(in.readNBytes(n));
                readLine(in);
            }
            body = bodyBytes.toString(StandardCharsets.UTF_8);
        } else {
            // "Connection: close": the body ends with the connection
            ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    bodyBytes.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // reset after the answer: what arrived is the body
            }
            body = bodyBytes.toString(StandardCharsets.UTF_8);
        }
        return new Answer(status, headers, body, sent.get());
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** Bytes allocated on the heap by every thread of this JVM so far (carrier threads include virtual threads' allocations). */
    public static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }
}
