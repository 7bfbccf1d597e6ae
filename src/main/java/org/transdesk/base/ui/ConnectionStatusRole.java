package org.transdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator (the "reconnecting…" notice at the end of body) is a status message:
 * marked {@code role="status"} it is announced by screen readers and is no longer content outside any
 * landmark (axe-core's "region" rule flagged it on every page, #15).
 */
@Component
class ConnectionStatusRole implements VaadinServiceInitListener {

    static final String MARK = """
            const mark = () => document.querySelectorAll('vaadin-connection-indicator:not([role])')
                .forEach(i => i.setAttribute('role', 'status'));
            mark();
            customElements.whenDefined('vaadin-connection-indicator').then(mark);""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(MARK));
    }
}
