package org.transdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A message shown where the editor is looking (under a paragraph, in a column head, in a dialog)
 * instead of a toast that covers the text and vanishes: it stays until it is dismissed or replaced.
 * Errors are announced to screen readers at once ({@code role=alert}), the rest politely ({@code role=status});
 * the level is written out, so it never rests on colour alone.
 */
public class InlineMessage extends Div {

    /** How much the message matters. */
    public enum Level {
        ERROR("Error"), WARNING("Note"), INFO("Info"), SUCCESS("Done");

        private final String label;

        Level(String label) {
            this.label = label;
        }
    }

    /** Made on the first message: most places that may say something (every column head, every paragraph) never do. */
    private Span level;
    private Span text;
    private Runnable onDismiss = () -> { };

    public InlineMessage() {
        addClassName("inline-message");
        setVisible(false);
    }

    private void make() {
        if (text != null) {
            return;
        }
        level = new Span();
        level.addClassName("inline-message-level");
        text = new Span();
        text.addClassName("inline-message-text");
        Button dismiss = new Button(Messages.tr("message.dismiss"), e -> dismissed());
        dismiss.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        dismiss.addClassName("inline-message-dismiss");
        addComponentAsFirst(dismiss);
        addComponentAsFirst(text);
        addComponentAsFirst(level);
    }

    public void show(Level kind, String message) {
        for (Level l : Level.values()) {
            removeClassName(l.name().toLowerCase(Locale.ROOT));
        }
        addClassName(kind.name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("role", kind == Level.ERROR ? "alert" : "status");
        getElement().setAttribute("data-level", kind.name());
        make();
        level.setText(Messages.tr("message.level." + kind.name()) + ": ");
        text.setText(message);
        setVisible(true);
    }

    public void error(String message) {
        show(Level.ERROR, message);
    }

    /** Also told when the user dismisses the message, so whoever keeps it forgets it too. */
    public void onDismiss(Runnable listener) {
        this.onDismiss = listener;
    }

    private void dismissed() {
        clear();
        onDismiss.run();
    }

    public void clear() {
        if (text != null) {
            text.setText("");
        }
        setVisible(false);
    }

    /** The message shown, or empty when none is. */
    public String message() {
        return isVisible() && text != null ? text.getText() : "";
    }
}
