package org.transdesk.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of the authenticated user, for provenance and the audit log. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** The user's name; services call this after their role check, so a user is always there. */
    public static String require() {
        return name().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    public static boolean hasRole(Roles role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
