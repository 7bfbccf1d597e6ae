package org.transdesk.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.function.Consumer;
import org.transdesk.article.Output;

/**
 * Keyboard shortcuts of the workbench: Alt+↓ / Alt+↑ move to the next / previous paragraph of the
 * same output, Ctrl+Enter confirms the focused paragraph and moves to the next (as in CAT tools),
 * Alt+Shift+A approves the output of the focused paragraph (reviewers; the server checks).
 */
final class WorkbenchShortcuts {

    static final String HELP = "Ctrl+Enter confirm and next · Alt+↓ / Alt+↑ next / previous paragraph · Alt+Shift+A approve";

    private WorkbenchShortcuts() {
    }

    static void install(Component view, ReviewPanels panels, Consumer<Output> approve) {
        Shortcuts.addShortcutListener(view, () -> panels.neighbour(1).ifPresent(panels::focus), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, () -> panels.neighbour(-1).ifPresent(panels::focus), Key.ARROW_UP, KeyModifier.ALT);
        // the focused field is blurred first so a pending edit is saved before the confirmation or approval reads it
        Shortcuts.addShortcutListener(view, () -> confirmAndNext(panels), Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(view, () -> panels.focused().ifPresent(e -> approve.accept(e.output())),
                Key.KEY_A, KeyModifier.ALT, KeyModifier.SHIFT).resetFocusOnActiveElement();
    }

    /** Confirms the focused paragraph; on success the next paragraph of the same output gets the focus, on a refusal this one keeps it. */
    private static void confirmAndNext(ReviewPanels panels) {
        panels.focused().ifPresent(editor -> {
            if (editor.area.isReadOnly()) {
                return;
            }
            if (panels.confirm(editor)) {
                panels.neighbour(1).ifPresentOrElse(panels::focus, editor.area::focus);
            } else {
                editor.area.focus();
            }
        });
    }
}
