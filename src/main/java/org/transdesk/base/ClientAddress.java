package org.transdesk.base;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the request being handled, for the audit trail and sign-in throttling: the
 * HTTP request's remote address (behind a reverse proxy set {@code server.forward-headers-strategy=native}
 * so that it is the browser's, not the proxy's), or the Vaadin request's for messages over push.
 * Empty outside a request (start-up, background jobs, the command line).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getRemoteAddr());
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? Optional.empty() : Optional.ofNullable(vaadin.getRemoteAddr());
    }
}
