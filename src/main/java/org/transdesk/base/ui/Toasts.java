package org.transdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short confirmations that something succeeded ("Exported version 2"), out of the way at the bottom.
 * Refusals and errors are not toasts where a screen has a place for them ({@link InlineMessage});
 * {@link #error} is for screens without one, and stays until closed.
 */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** An error on a screen that has no place of its own for it: it stays until the user closes it. */
    public static void error(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        var text = new com.vaadin.flow.component.html.Span(message);
        var close = new com.vaadin.flow.component.button.Button(Messages.tr("dialog.close"), e -> notification.close());
        close.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.TERTIARY);
        notification.add(new com.vaadin.flow.component.html.Div(text, close));
        notification.open();
    }
}
