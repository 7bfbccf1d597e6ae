package org.transdesk.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Supplier;
import org.transdesk.article.Output;

/**
 * Keyboard shortcuts of the workbench, as in CAT tools: Alt+↓ / Alt+↑ move to the next / previous
 * paragraph of the same output, Ctrl+Enter confirms the focused paragraph and moves to the next,
 * F8 / Shift+F8 go to the next / previous QA error (as the output's QA filter chooses), Alt+Shift+C
 * copies the source into the focused box, Alt+Shift+M puts the best memory match there,
 * Alt+Shift+A approves the focused paragraph's output (reviewers; the server checks), and {@code ?}
 * outside a text box lists them all ({@link ShortcutHelpDialog}).
 */
final class WorkbenchShortcuts {

    /** What the shortcuts do beyond moving the focus; the view supplies them. */
    interface Actions {
        void approve(Output output);

        void copySource(SegmentEditor editor);

        void insertMemoryMatch(SegmentEditor editor);
    }

    /** One line of the help dialog: the keys as printed on a keyboard, and the message key saying what they do. */
    record Shortcut(String keys, String description) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut("Alt+↓", "shortcut.next-paragraph"),
            new Shortcut("Alt+↑", "shortcut.previous-paragraph"),
            new Shortcut("Ctrl+Enter", "shortcut.confirm-next"),
            new Shortcut("F8", "shortcut.next-error"),
            new Shortcut("Shift+F8", "shortcut.previous-error"),
            new Shortcut("Alt+Shift+C", "shortcut.copy-source"),
            new Shortcut("Alt+Shift+M", "shortcut.memory-match"),
            new Shortcut("Alt+Shift+A", "shortcut.approve"),
            new Shortcut("?", "shortcut.help"));

    /** "?" typed into a text box is a question mark, not a request for help. */
    static final String HELP_KEY = "event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey"
            + " && !['INPUT', 'TEXTAREA', 'SELECT'].includes((event.composedPath()[0] || {}).tagName)"
            + " && !(event.composedPath()[0] || {}).isContentEditable";

    private WorkbenchShortcuts() {
    }

    static void install(Component view, ReviewPanels panels, Supplier<List<Output>> shown, Actions actions) {
        Shortcuts.addShortcutListener(view, () -> panels.neighbour(1).ifPresent(panels::focus), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(view, () -> panels.neighbour(-1).ifPresent(panels::focus), Key.ARROW_UP, KeyModifier.ALT);
        // the focused field is blurred first so a pending edit is saved before the confirmation or approval reads it
        Shortcuts.addShortcutListener(view, () -> confirmAndNext(panels), Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(view, () -> panels.focused().ifPresent(e -> actions.approve(e.output())),
                Key.KEY_A, KeyModifier.ALT, KeyModifier.SHIFT).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(view, () -> panels.currentOutput(shown.get()).ifPresent(o -> panels.jump(o, 1)), Key.F8)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(view, () -> panels.currentOutput(shown.get()).ifPresent(o -> panels.jump(o, -1)), Key.F8, KeyModifier.SHIFT)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(view, () -> panels.focused().ifPresent(actions::copySource), Key.KEY_C, KeyModifier.ALT, KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(view, () -> panels.focused().ifPresent(actions::insertMemoryMatch), Key.KEY_M, KeyModifier.ALT, KeyModifier.SHIFT);
    }

    /** "?" anywhere on the page but in a text box opens the help; listened for on the page body, removed by the caller on detach. */
    static DomListenerRegistration installHelp(Element body, Runnable help) {
        return body.addEventListener("keydown", e -> help.run()).setFilter(HELP_KEY);
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
