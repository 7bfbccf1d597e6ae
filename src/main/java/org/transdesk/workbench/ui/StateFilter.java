package org.transdesk.workbench.ui;

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
        output.setLabel("Output");
        output.setItems(Output.values());
        output.setItemLabelGenerator(o -> o == null ? "Any output" : o.label());
        output.setEmptySelectionAllowed(true);
        output.setEmptySelectionCaption("Any output");
        state.setLabel("State");
        state.setItems(OutputState.values());
        state.setItemLabelGenerator(st -> st == null ? "Any state" : st.label());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any state");
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
