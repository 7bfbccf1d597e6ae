package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.transdesk.base.ui.NativeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.ui.FindingTexts;

/**
 * In an output's column head: a filter over the findings under its paragraphs (all, errors only, one
 * check) and "previous / next error", which moves the focus to the paragraph box with that finding
 * (also F8 / Shift+F8). When there is none further, it says so here.
 */
class QaFilterBar extends Div {

    final NativeChoice<QaFilter> filter = new NativeChoice<>();
    final Button previous = new Button(tr("qa-filter.previous"));
    final Button next = new Button(tr("qa-filter.next"));
    final Span status = new Span();

    QaFilterBar(Output output, List<QaFinding> findings, QaFilter chosen, Consumer<QaFilter> changed, IntConsumer jump) {
        addClassName("qa-filter-bar");
        Map<String, Integer> checks = new TreeMap<>();
        findings.stream().filter(f -> f.segment() >= 0).forEach(f -> checks.merge(f.check(), 1, Integer::sum));
        List<QaFilter> items = new ArrayList<>(List.of(QaFilter.ALL, QaFilter.ERRORS));
        checks.keySet().forEach(c -> items.add(QaFilter.check(c)));
        if (chosen.check() != null && !checks.containsKey(chosen.check())) {
            items.add(chosen); // a check with no finding left stays chosen, with a count of 0
        }
        filter.setItems(items, f -> f.check() != null ? tr("qa-filter.check", FindingTexts.check(f.check()), checks.getOrDefault(f.check(), 0))
                : tr(f.errorsOnly() ? "qa-filter.errors" : "qa-filter.all"));
        filter.show(chosen);
        filter.setAriaLabel(tr("qa-filter.label", Words.output(output)));
        filter.setId("qa-filter-" + output.key());
        filter.addClassName("qa-filter");
        filter.addChoiceListener(changed);
        previous.setAriaLabel(tr("qa-filter.previous.label", Words.output(output)));
        next.setAriaLabel(tr("qa-filter.next.label", Words.output(output)));
        // the folded head shows these two as arrows (workbench.css): the hint on hover is their name
        previous.getElement().setAttribute("title", tr("qa-filter.previous.label", Words.output(output)));
        next.getElement().setAttribute("title", tr("qa-filter.next.label", Words.output(output)));
        previous.setId("qa-previous-" + output.key());
        next.setId("qa-next-" + output.key());
        for (Button b : List.of(previous, next)) {
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        }
        previous.addClickListener(e -> jump.accept(-1));
        next.addClickListener(e -> jump.accept(1));
        status.addClassName("engine-notice");
        status.getElement().setAttribute("aria-live", "polite");
        add(filter, previous, next, status);
    }

    /** What the last jump found: nothing further (said here), or a paragraph (the message cleared). */
    void jumped(boolean found) {
        status.setText(found ? "" : tr("qa-filter.none"));
    }
}
