package org.transdesk.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.transdesk.api.ApiTokenService;
import org.transdesk.base.ProblemDocuments;

/**
 * Authenticates {@code Authorization: Bearer <token>} as the token's owner with the owner's
 * current roles. A present but unknown, revoked or disabled-user token is answered 401 at once;
 * without a header the request goes on unauthenticated and the entry point answers 401.
 * Not a bean, so Boot does not also register it for every request.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final UserDetailsService users;

    ApiTokenFilter(ApiTokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ProblemDocuments.write(response, 401, "Use 'Authorization: Bearer <API token>'; create a token under API tokens in Transdesk.", request.getRequestURI());
            return;
        }
        Optional<UserDetails> user = tokens.ownerOf(header.substring(7).strip()).flatMap(this::load).filter(UserDetails::isEnabled);
        if (user.isEmpty()) {
            ProblemDocuments.write(response, 401, "The API token is invalid or has been revoked.", request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get().getUsername(), null, user.get().getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }

    private Optional<UserDetails> load(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
