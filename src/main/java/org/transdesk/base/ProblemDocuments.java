package org.transdesk.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of RFC 9457 problem documents ({@code application/problem+json}) for the REST API:
 * used by its security filters, its exception resolver and its error guard, and by any filter
 * that refuses an API request before a controller runs (e.g. a body-size limit answering 413).
 * Written straight to the response, whatever the request's {@code Accept} header says, so a
 * refusal never turns into a second error during content negotiation.
 */
public final class ProblemDocuments {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemDocuments() {
    }

    /**
     * Replaces whatever the response holds with a problem: {@code type} about:blank, the status's
     * reason phrase as title ("Not Found"), the detail, and the request path as {@code instance}.
     */
    public static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
        write(response, status, detail, instance, Map.of());
    }

    /** As {@link #write(HttpServletResponse, int, String, String)}, with extension members (e.g. the position of a conflict). */
    public static void write(HttpServletResponse response, int status, String detail, String instance,
                             Map<String, ?> extensions) throws IOException {
        byte[] bytes = json(status, detail, instance, extensions).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        if (status == 401 && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"transdesk\"");
        }
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** The problem document as JSON text, for a writer that cannot take a servlet response (e.g. the container's error report). */
    public static String json(int status, String detail, String instance, Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        extensions.forEach(body::putIfAbsent);
        return JSON.writeValueAsString(body);
    }

    /** The reason phrase of a status ("Unprocessable Content"), or "Error" for a code Spring does not name. */
    public static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
