package org.transdesk.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.transdesk.security.Roles;

/**
 * Runs code as a named user with a role (expanded the way login expands it), so one test can play
 * several people: an editor and a reviewer, or two editors in two sessions.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String user, Roles role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = role.withIncluded().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a", authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String user, Roles role, Runnable action) {
        as(user, role, () -> {
            action.run();
            return null;
        });
    }
}
