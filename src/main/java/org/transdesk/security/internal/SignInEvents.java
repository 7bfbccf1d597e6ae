package org.transdesk.security.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.transdesk.base.CleanText;
import org.transdesk.base.ClientAddress;
import org.transdesk.security.SecurityEvent;

/**
 * Every sign-in, failed sign-in and sign-out: counted by the {@link LoginThrottle} and written to the
 * audit trail (as {@link SecurityEvent}s) with the user name and the client address. Spring Security
 * publishes these for the login form; API tokens authenticate without them.
 */
@Component
class SignInEvents {

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    SignInEvents(LoginThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        throttle.succeeded(name);
        events.publishEvent(new SecurityEvent(name, "auth.login", "signed in", ThrottledAuthenticationProvider.address(event.getAuthentication())));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String tried = tried(event.getAuthentication().getName());
        String address = ThrottledAuthenticationProvider.address(event.getAuthentication());
        String reason = switch (event.getException()) {
            case LockedException e -> "refused: too many failed sign-ins";
            case DisabledException e -> "refused: the account is disabled";
            case BadCredentialsException e -> "wrong user name or password";
            default -> "refused: " + event.getException().getClass().getSimpleName();
        };
        if (event.getException() instanceof BadCredentialsException) {
            throttle.failed(tried, address);
        }
        events.publishEvent(new SecurityEvent(tried, "auth.login-failed", reason, address));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        events.publishEvent(new SecurityEvent(event.getAuthentication().getName(), "auth.logout", "signed out",
                ClientAddress.current().orElse(ThrottledAuthenticationProvider.address(event.getAuthentication()))));
    }

    /** The name typed at a failed sign-in, as the audit log may hold it: cleaned, at most 64 characters. */
    private static String tried(String name) {
        String cleaned = name == null ? "" : CleanText.of(name).strip();
        return cleaned.isEmpty() ? "(empty)" : cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
