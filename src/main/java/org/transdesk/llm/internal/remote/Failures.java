package org.transdesk.llm.internal.remote;

import java.io.IOException;
import java.time.Duration;
import org.transdesk.llm.GenerationCancelledException;

/** Turns whatever a provider library threw into a {@link ModelFailure} with a message an editor can act on. */
final class Failures {

    private Failures() {
    }

    static RuntimeException classify(Throwable error) {
        if (error instanceof ModelFailure || error instanceof GenerationCancelledException) {
            return (RuntimeException) error;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProviderHttpException http) {
                return fromStatus(http.statusCode(), http.getMessage(), http.retryAfter().orElse(null), error);
            }
            if (t instanceof dev.langchain4j.exception.HttpException http) {
                return fromStatus(http.statusCode(), http.getMessage(), null, error);
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return new ModelFailure("The model server did not answer in time (timeout)", true, null, error);
            }
            if (isJsonError(t)) {
                return new ModelFailure("The model server sent an answer that is not valid JSON: " + firstLine(t), true, null, error);
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new ModelFailure(sentence("Cannot reach the model server: its host name is not known here"
                        + " (check the URL under Language models)", t), true, null, error);
            }
            if (t instanceof java.net.ConnectException) {
                return new ModelFailure(sentence("Cannot reach the model server: nothing answered at its address"
                        + " (is it running, and is the URL under Language models right?)", t), true, null, error);
            }
            if (t instanceof IOException) {
                return new ModelFailure(sentence("The connection to the model server broke off before it answered", t), true, null, error);
            }
        }
        return new ModelFailure(sentence("The model call failed", error), false, null, error);
    }

    private static ModelFailure fromStatus(int status, String message, Duration retryAfter, Throwable error) {
        boolean retryable = status == 429 || status == 408 || status >= 500;
        String what = switch (status) {
            case 401, 403 -> "The model server refused the API key";
            case 404 -> "The model server does not know this model or URL";
            case 429 -> "The model server is rate-limiting us";
            default -> status >= 500 ? "The model server had an error" : "The model server rejected the request";
        };
        return new ModelFailure(what + " (" + message + ")", retryable, retryAfter, error);
    }

    private static boolean isJsonError(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("com.fasterxml.jackson") || name.startsWith("tools.jackson");
    }

    /**
     * The sentence, with the library's own words after it when they say more than the exception's
     * class name: "ConnectException" alone tells an editor nothing.
     */
    private static String sentence(String what, Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? what + "." : what + ": " + firstLine(t);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
