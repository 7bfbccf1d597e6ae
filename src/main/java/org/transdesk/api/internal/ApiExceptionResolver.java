package org.transdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.transdesk.base.ProblemDocuments;

/**
 * Answers every exception of a request under {@code /api/} as a problem document, before Spring's
 * own resolvers would call {@code sendError} (whose {@code /error} dispatch lands in the UI's
 * security chain and answered 302 to the login page). Covers errors found before any controller
 * is chosen too (405, 406, 415), which a controller advice never sees.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!ApiPaths.isApi(request)) {
            return null;
        }
        if (response.isCommitted()) {
            log.debug("API response already committed when {} failed", request.getRequestURI(), e);
            return new ModelAndView();
        }
        try {
            answer(request, response, e);
        } catch (IOException writeFailed) {
            log.debug("Could not write the problem document for {}", request.getRequestURI(), writeFailed);
        }
        return new ModelAndView();
    }

    /** Writes the problem for {@code e}; a server error is logged with its cause and shown without it. */
    static void answer(HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
        answer(request, response, e, request.getRequestURI());
    }

    /** As {@link #answer(HttpServletRequest, HttpServletResponse, Throwable)} for the request at {@code uri} (an error dispatch's original address). */
    static void answer(HttpServletRequest request, HttpServletResponse response, Throwable e, String uri) throws IOException {
        ApiErrors.Answer answer = ApiErrors.of(e);
        if (answer.status() >= 500) {
            log.error("API call {} {} failed", request.getMethod(), uri, e);
        } else {
            log.debug("API call {} {} answered {}: {}", request.getMethod(), uri, answer.status(), answer.detail());
        }
        response.resetBuffer();
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        ProblemDocuments.write(response, answer.status(), answer.detail(), uri);
    }

    /** Before Spring Boot's and Spring MVC's resolvers (Boot's error attributes only record the exception). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
