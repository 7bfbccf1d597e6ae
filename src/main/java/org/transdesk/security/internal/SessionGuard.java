package org.transdesk.security.internal;

import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.transdesk.security.SecurityEvent;

/**
 * Ends sessions that must not go on. At sign-in each session is stamped with the time and a
 * fingerprint of the account's role and password hash; every {@code transdesk.security.session.check-interval}
 * each node compares its sessions with the accounts in the database and ends those whose account was
 * disabled, deleted, or changed role or password (on whichever node), and those older than
 * {@code transdesk.security.session.max-age}. A change made on this node ends the sessions at once.
 *
 * <p>Ending a session first sends its open browser tabs to the sign-in page (over Vaadin push), then
 * invalidates the HTTP session, which closes the Vaadin session and every UI in it.
 */
@Component
public class SessionGuard implements SessionAuthenticationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);
    static final String SIGNED_IN_AT = SessionGuard.class.getName() + ".signedInAt";
    static final String ACCOUNT_STAMP = SessionGuard.class.getName() + ".accountStamp";

    private final LiveSessions sessions;
    private final UserStore users;
    private final SecurityProperties.Session settings;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("session-guard").daemon().factory());

    SessionGuard(LiveSessions sessions, UserStore users, SecurityProperties properties, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.users = users;
        this.settings = properties.session();
        this.events = events;
    }

    /** Sign-in: stamp the (new) session. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN_AT, Instant.now());
        users.accountStamp(authentication.getName()).ifPresent(stamp -> session.setAttribute(ACCOUNT_STAMP, stamp));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = Math.max(1, settings.checkInterval().toMillis());
        worker.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Ends every session of {@code username} on this node, off the caller's thread (which may hold
     * its own Vaadin session's lock) but at once. {@code keep} (a session id, or null) stays: the
     * session of a user who changed their own password.
     */
    public void endSessionsOf(String username, String reason, String keep) {
        worker.execute(() -> sessions.all().stream()
                .filter(s -> !s.getId().equals(keep) && username.equals(userOf(s)))
                .forEach(s -> end(s, username, reason)));
    }

    /** The HTTP session of the request being handled (a Vaadin request over HTTP or push), if any. */
    public static java.util.Optional<HttpSession> current() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() instanceof com.vaadin.flow.server.WrappedHttpSession wrapped) {
            return java.util.Optional.of(wrapped.getHttpSession());
        }
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
            return java.util.Optional.ofNullable(servlet.getRequest().getSession(false));
        }
        return java.util.Optional.empty();
    }

    /** Gives the session a fresh stamp after its own user changed their password in it. */
    public void restamp(HttpSession session, String username) {
        users.accountStamp(username).ifPresent(stamp -> session.setAttribute(ACCOUNT_STAMP, stamp));
    }

    void check() {
        try {
            var open = sessions.all();
            if (open.isEmpty()) {
                return;
            }
            Map<String, String> stamps = users.accountStamps();
            Instant oldest = Instant.now().minus(settings.maxAge());
            for (HttpSession session : open) {
                String user = userOf(session);
                if (user == null) {
                    continue;
                }
                String reason = reasonToEnd(session, stamps.get(user), oldest);
                if (reason != null) {
                    end(session, user, reason);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Checking the open sessions failed; trying again in {}", settings.checkInterval(), e);
        }
    }

    private static String reasonToEnd(HttpSession session, String currentStamp, Instant oldest) {
        try {
            if (currentStamp == null) {
                return "the account was disabled or removed";
            }
            Object stamp = session.getAttribute(ACCOUNT_STAMP);
            if (stamp != null && !stamp.equals(currentStamp)) {
                return "the account's role or password changed";
            }
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            if (signedInAt instanceof Instant at && at.isBefore(oldest)) {
                return "signed in longer ago than the session limit";
            }
            return null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private void end(HttpSession session, String user, String reason) {
        for (String name : attributeNames(session)) {
            if (attribute(session, name) instanceof VaadinSession vaadin) {
                try {
                    // send the open tabs to the sign-in page while the push connection still exists
                    vaadin.accessSynchronously(() -> vaadin.getUIs().forEach(ui -> ui.getPage().setLocation("login")));
                } catch (RuntimeException e) {
                    log.debug("Could not send {}'s open pages to the sign-in page", user, e);
                }
            }
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            return;
        }
        log.info("Ended a session of '{}': {}", user, reason);
        events.publishEvent(new SecurityEvent(user, "auth.session-ended", reason, null));
    }

    private static String userOf(HttpSession session) {
        if (attribute(session, HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().isAuthenticated()) {
            return context.getAuthentication().getName();
        }
        return null;
    }

    private static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static Iterable<String> attributeNames(HttpSession session) {
        try {
            return Collections.list(session.getAttributeNames());
        } catch (IllegalStateException invalidated) {
            return java.util.List.of();
        }
    }

    Duration checkInterval() {
        return settings.checkInterval();
    }
}
