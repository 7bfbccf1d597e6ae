package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.html.Div;

/** The tail of the paragraph a model is writing right now, so the editor sees text arrive; not yet checked. */
class StreamedText extends Div {

    private static final int TAIL = 240;

    StreamedText() {
        addClassName("streamed-text");
        setVisible(false);
    }

    void show(int index, String partial) {
        String tail = partial.length() > TAIL ? "…" + partial.substring(partial.length() - TAIL) : partial;
        setText((index == 0 ? tr("workbench.headline") : "¶ " + index) + ": " + tail);
        setVisible(true);
    }
}
