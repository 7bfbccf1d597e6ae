package org.transdesk.llm.internal.remote;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/**
 * A LangChain4j HTTP client on the JDK client that, unlike LangChain4j's, keeps the
 * {@code Retry-After} header of a failed response (see {@link ProviderHttpException}), so our
 * retry policy can honour the server's wish on 429 and 503.
 */
final class HeaderKeepingHttpClient implements HttpClient {

    private final java.net.http.HttpClient jdk;
    private final Duration readTimeout;

    private HeaderKeepingHttpClient(Duration connectTimeout, Duration readTimeout) {
        // HTTP/1.1: plain-http model servers (uvicorn, llama.cpp) mishandle the JDK's h2c upgrade attempt
        var builder = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.jdk = builder.build();
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = jdk.send(toJdk(request), BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw failure(response, new String(response.body(), StandardCharsets.UTF_8));
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(new String(response.body(), StandardCharsets.UTF_8)).build();
        } catch (java.net.http.HttpTimeoutException e) {
            throw new dev.langchain4j.exception.TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        CompletableFuture<HttpResponse<InputStream>> sent = jdk.sendAsync(toJdk(request), BodyHandlers.ofInputStream());
        sent.thenAccept(response -> {
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    listener.onError(failure(response, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                    return;
                }
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                        .headers(response.headers().map()).build());
                parser.parse(body, listener);
                listener.onClose();
            } catch (IOException | RuntimeException e) {
                listener.onError(e);
            }
        }).exceptionally(error -> {
            Throwable cause = error.getCause() == null ? error : error.getCause();
            listener.onError(cause instanceof java.net.http.HttpTimeoutException
                    ? new dev.langchain4j.exception.TimeoutException(cause) : cause);
            return null;
        });
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        builder.method(request.method().name(),
                request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(request.body()));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        return builder.build();
    }

    private static ProviderHttpException failure(HttpResponse<?> response, String body) {
        Duration retryAfter = response.headers().firstValue("Retry-After").map(HeaderKeepingHttpClient::parseRetryAfter).orElse(null);
        return new ProviderHttpException(response.statusCode(), body, retryAfter);
    }

    /** Retry-After is either delay-seconds or an HTTP date. */
    static Duration parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    static final class Builder implements HttpClientBuilder {

        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new HeaderKeepingHttpClient(connectTimeout, readTimeout);
        }
    }
}
