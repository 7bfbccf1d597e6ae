package org.transdesk.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser security headers on every answer (Vaadin's pages, static files, the API, errors): set
 * before anything else writes, because Vaadin's page answers did not carry Spring Security's headers
 * and nothing set a Content-Security-Policy, Referrer-Policy or Permissions-Policy.
 *
 * <p>The default policy is what Vaadin Flow needs and no more: its bootstrap page has inline scripts,
 * {@code executeJs} runs through {@code new Function} ({@code 'unsafe-eval'}) and Lumo sets inline
 * styles; everything else is this origin only (push over a same-origin WebSocket included), no plugins,
 * no framing, forms post only here. An operator can replace it with
 * {@code transdesk.security.content-security-policy}.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    private final String policy;

    SecurityHeaders(@Value("${transdesk.security.content-security-policy:" + DEFAULT_POLICY + "}") String policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!policy.isBlank()) {
            response.setHeader("Content-Security-Policy", policy);
        }
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
