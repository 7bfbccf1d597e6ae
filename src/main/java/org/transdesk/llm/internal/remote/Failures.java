package org.transdesk.llm.internal.remote;

import org.transdesk.base.Phrase;
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
                return new ModelFailure(Phrase.of("refusal.model.timeout"), true, null, error);
            }
            if (isJsonError(t)) {
                return new ModelFailure(Phrase.of("refusal.model.not-json", firstLine(t)), true, null, error);
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new ModelFailure(sentence("refusal.model.unknown-host", "refusal.model.unknown-host-detail", t), true, null, error);
            }
            if (t instanceof java.net.ConnectException) {
                return new ModelFailure(sentence("refusal.model.no-answer-at-address", "refusal.model.no-answer-at-address-detail", t), true, null, error);
            }
            if (t instanceof IOException) {
                return new ModelFailure(sentence("refusal.model.broke-off", "refusal.model.broke-off-detail", t), true, null, error);
            }
        }
        return new ModelFailure(sentence("refusal.model.call-failed", "refusal.model.call-failed-detail", error), false, null, error);
    }

    private static ModelFailure fromStatus(int status, String message, Duration retryAfter, Throwable error) {
        boolean retryable = status == 429 || status == 408 || status >= 500;
        String key = switch (status) {
            case 401, 403 -> "refusal.model.key-refused";
            case 404 -> "refusal.model.unknown-model";
            case 429 -> "refusal.model.rate-limited";
            default -> status >= 500 ? "refusal.model.server-error" : "refusal.model.rejected";
        };
        return new ModelFailure(Phrase.of(key, message), retryable, retryAfter, error);
    }

    private static boolean isJsonError(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("com.fasterxml.jackson") || name.startsWith("tools.jackson");
    }

    /**
     * The sentence, with the library's own words after it when they say more than the exception's
     * class name: "ConnectException" alone tells an editor nothing.
     */
    private static Phrase sentence(String key, String keyWithDetail, Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? Phrase.of(key) : Phrase.of(keyWithDetail, firstLine(t));
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
