package org.transdesk.llm.internal.remote;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** An HTTP error from a model server that keeps the server's {@code Retry-After}, which LangChain4j's own client drops. */
class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, "HTTP " + statusCode + ": " + abbreviate(body));
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
