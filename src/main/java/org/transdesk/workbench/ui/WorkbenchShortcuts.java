package org.transdesk.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.function.Consumer;
import org.transdesk.article.Output;

/**
 * Keyboard shortcuts of the workbench: Alt+↓ / Alt+↑ move to the next / previous paragraph of the
 * same output, Alt+Shift+A approves the output of the focused paragraph (reviewers; the server checks).
 */
final class WorkbenchShortcuts {

    static final String HELP = "Alt+↓ / Alt+↑ next / previous paragraph · Alt+Shift+A approve";

    private WorkbenchShortcuts() {
    }

    static void install(Component view, ReviewPanels panels, Consumer<Output> approve) {
        Shortcuts.addShortcutListener(view, () -> panels.neighbour(1).ifPresent(e -> e.area.focus()), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, () -> panels.neighbour(-1).ifPresent(e -> e.area.focus()), Key.ARROW_UP, KeyModifier.ALT);
        // the focused field is blurred first so a pending edit is saved before the approval reads the draft
        Shortcuts.addShortcutListener(view, () -> panels.focused().ifPresent(e -> approve.accept(e.output())),
                Key.KEY_A, KeyModifier.ALT, KeyModifier.SHIFT).resetFocusOnActiveElement();
    }
}
