package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Span;

/** Every workbench shortcut with what it does, in the screen's language; opened with "?" or the toolbar button. */
class ShortcutHelpDialog extends Dialog {

    final DescriptionList list = new DescriptionList();

    ShortcutHelpDialog() {
        setHeaderTitle(tr("shortcut.title"));
        setWidth("min(34rem, 95vw)");
        addClassName("shortcut-help");
        for (WorkbenchShortcuts.Shortcut s : WorkbenchShortcuts.ALL) {
            Span keys = new Span(s.keys());
            keys.addClassName("shortcut-keys");
            list.add(new Term(keys), new Description(tr(s.description())));
        }
        add(list);
        Button close = new Button(tr("dialog.close"), e -> close());
        getFooter().add(close);
    }
}
