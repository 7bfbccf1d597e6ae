package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.transdesk.article.Output;
import org.transdesk.review.OutputState;

/** Library filter: articles whose output (or any output) is in a given state, e.g. "Russian: Needs review". */
class StateFilter extends HorizontalLayout {

    final Select<Output> output = new Select<>();
    final Select<OutputState> state = new Select<>();

    StateFilter(Runnable changed) {
        output.setLabel(tr("library.filter.output"));
        output.setItems(Output.values());
        output.setItemLabelGenerator(o -> o == null ? tr("library.filter.any-output") : Words.output(o));
        output.setEmptySelectionAllowed(true);
        output.setEmptySelectionCaption(tr("library.filter.any-output"));
        state.setLabel(tr("library.filter.state"));
        state.setItems(OutputState.values());
        state.setItemLabelGenerator(st -> st == null ? tr("library.filter.any-state") : Words.state(st));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(tr("library.filter.any-state"));
        output.addValueChangeListener(e -> changed.run());
        state.addValueChangeListener(e -> changed.run());
        add(output, state);
        setAlignItems(Alignment.BASELINE);
    }

    /** Whether an article with these output states passes; an output without a draft is "Not started". */
    boolean matches(Map<Output, OutputState> states) {
        OutputState wanted = state.getValue();
        if (wanted == null) {
            return true;
        }
        if (output.getValue() != null) {
            return states.getOrDefault(output.getValue(), OutputState.NOT_STARTED) == wanted;
        }
        for (Output o : Output.values()) {
            if (states.getOrDefault(o, OutputState.NOT_STARTED) == wanted) {
                return true;
            }
        }
        return false;
    }
}
