package org.transdesk.workbench.ui;

import com.vaadin.flow.component.html.Span;
import org.transdesk.article.Output;
import org.transdesk.review.OutputState;

/** "Vietnamese: Needs review" as a coloured badge. */
class StateBadge extends Span {

    StateBadge(Output output, OutputState state, boolean withLabel) {
        super(withLabel ? output.label() + ": " + state.label() : state.label());
        addClassNames("state-badge", state.name().toLowerCase());
        getElement().setAttribute("data-output", output.key());
        getElement().setAttribute("data-state", state.name());
    }
}
