package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.transdesk.article.Output;
import org.transdesk.review.ArticleSelection;
import org.transdesk.review.DraftService;
import org.transdesk.review.OutputState;

/** Library filter: articles whose output (or any output) is in a given state, e.g. "Russian: Needs review". */
class StateFilter extends HorizontalLayout {

    final Select<Output> output = new Select<>();
    final Select<OutputState> state = new Select<>();

    StateFilter(Runnable changed, java.util.List<Output> outputs) {
        output.setLabel(tr("library.filter.output"));
        output.setItems(outputs);
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

    /** The articles that pass, or empty when no state is chosen (every article passes). */
    java.util.Optional<ArticleSelection> selection(DraftService drafts) {
        OutputState wanted = state.getValue();
        return wanted == null ? java.util.Optional.empty() : java.util.Optional.of(drafts.articlesIn(output.getValue(), wanted));
    }
}
