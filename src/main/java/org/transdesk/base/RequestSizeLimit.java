package org.transdesk.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The largest request body the app reads, for every address (REST API, upload widget, anything):
 * {@code spring.servlet.multipart.max-request-size}. A larger declared body is answered 413 from its
 * headers alone, before security, Vaadin or Spring MVC read a byte of it (200 MB sent to the API was
 * held in memory before being refused). A chunked body, whose size is not declared, is read up to the
 * limit and refused as soon as it passes it; a chunked multipart or form body is left to the servlet
 * container, which streams multipart parts to disk within the same limit ({@link UploadTooLargeAdvice}).
 * On {@code /api/**} the answer is an RFC 9457 problem document.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxBytes;

    RequestSizeLimit(@Value("${spring.servlet.multipart.max-request-size:8MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, declared);
            return;
        }
        if (declared < 0 && isChunked(request) && !isForm(request)) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes);
            if (body == null) {
                refuse(request, response, -1);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Forms and multipart bodies are parsed by the container from its own stream, within its own multipart limit. */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** The whole body when it has at most {@code limit} bytes; null as soon as it has more. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return body.length > limit ? null : body;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long declared) throws IOException {
        log.warn("Refused a request body of {} to {} from {}: the limit is {} bytes (spring.servlet.multipart.max-request-size)",
                declared < 0 ? "more than " + maxBytes + " bytes (chunked)" : declared + " bytes", request.getRequestURI(),
                request.getRemoteAddr(), maxBytes);
        String detail = "The request body is larger than the " + DataSize.ofBytes(maxBytes).toMegabytes()
                + " MB this server accepts (spring.servlet.multipart.max-request-size). Send a smaller file or split the article.";
        response.setStatus(413);
        // the rest of the body is not read: tell the client this connection ends here
        response.setHeader("Connection", "close");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Content Too Large");
            problem.put("status", 413);
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            response.setContentType("application/problem+json");
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        } else {
            response.setContentType("text/plain");
            response.getOutputStream().write(detail.getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    /** A chunked request whose (small enough) body has been read already. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }
}
