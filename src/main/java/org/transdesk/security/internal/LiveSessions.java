package org.transdesk.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions open on this node, so that they can be ended from outside a request: Spring
 * Security's {@code SessionRegistry} knows session ids, and its {@code ConcurrentSessionFilter} ends
 * an expired session only when the next request passes the filters, which Vaadin's push messages over
 * a WebSocket never do (a disabled editor's open browser kept importing for hours).
 */
@Component
class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Sign-in changes the session id (session-fixation protection). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    List<HttpSession> all() {
        return List.copyOf(sessions.values());
    }
}
