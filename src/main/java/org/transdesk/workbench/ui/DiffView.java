package org.transdesk.workbench.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.transdesk.review.DiffPart;
import org.transdesk.review.WordDiff;

/** A word-level diff as text: removed words struck through in red, added words in green. */
class DiffView extends Div {

    DiffView(String older, String newer) {
        this(WordDiff.between(older, newer));
    }

    DiffView(List<DiffPart> parts) {
        addClassName("diff-view");
        if (!WordDiff.changed(parts)) {
            addClassName("unchanged");
        }
        for (DiffPart part : parts) {
            Span span = new Span(part.text());
            span.addClassName("diff-" + part.kind().name().toLowerCase(Locale.ROOT));
            add(span);
        }
    }
}
