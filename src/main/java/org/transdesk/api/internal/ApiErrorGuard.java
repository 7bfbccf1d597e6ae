package org.transdesk.api.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.transdesk.base.ProblemDocuments;

/**
 * The outermost filter of the API: whatever fails below it (a filter, the firewall, a
 * {@code sendError}) is answered as a problem document here, and an error the container itself
 * dispatches to {@code /error} for an API address (a method Tomcat refuses, such as TRACE) is
 * answered here too, before the UI's security chain could redirect it to the login page.
 * Registered in {@link ApiWebConfig} ahead of Spring Security.
 */
class ApiErrorGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorGuard.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && uri.startsWith(request.getContextPath() + ApiPaths.PREFIX)) {
                answerErrorDispatch(request, response, uri);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (!ApiPaths.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, new ProblemOnSendError(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            Throwable cause = e instanceof ServletException s && s.getRootCause() != null ? s.getRootCause() : e;
            if (response.isCommitted()) {
                log.warn("API call {} {} failed after its answer began", request.getMethod(), request.getRequestURI(), cause);
                return;
            }
            ApiExceptionResolver.answer(request, response, cause);
        }
    }

    private static void answerErrorDispatch(HttpServletRequest request, HttpServletResponse response, String uri) throws IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
            ApiExceptionResolver.answer(request, response, e, uri);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        ProblemDocuments.write(response, status, refused(status), uri);
    }

    private static String refused(int status) {
        return "The request was refused (" + status + " " + ProblemDocuments.title(status) + ").";
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Problem documents wherever something below calls {@code sendError}: the container would dispatch to {@code /error}. */
    private static final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                return;
            }
            if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e && ApiErrors.of(e).status() == status) {
                ApiExceptionResolver.answer(request, (HttpServletResponse) getResponse(), e);
                return;
            }
            String detail = message == null || message.isBlank() ? refused(status) : message;
            ProblemDocuments.write((HttpServletResponse) getResponse(), status, detail, request.getRequestURI());
        }
    }
}
