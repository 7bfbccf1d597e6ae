package org.transdesk.workbench.ui;

import com.vaadin.flow.component.html.Span;
import org.transdesk.article.Output;
import org.transdesk.review.OutputSummary;

/**
 * "Vietnamese: Needs review" as a coloured badge; a draft with untranslated paragraphs reads
 * "Untranslated N" instead. {@code data-state} keeps the workflow state.
 */
class StateBadge extends Span {

    StateBadge(Output output, OutputSummary summary, boolean withLabel) {
        super(withLabel ? Words.output(output) + ": " + Words.summary(summary) : Words.summary(summary));
        addClassNames("state-badge", summary.state().name().toLowerCase());
        if (summary.untranslatedShown()) {
            addClassName("untranslated");
        }
        // the folded column head may shorten the badge with an ellipsis: the whole of it on hover
        getElement().setAttribute("title", getText());
        getElement().setAttribute("data-output", output.key());
        getElement().setAttribute("data-state", summary.state().name());
        getElement().setAttribute("data-untranslated", String.valueOf(summary.counts().untranslated()));
    }

    /** The same badge as inert markup ({@link org.transdesk.base.ui.InertHtml}), for a place that only shows it. */
    org.jsoup.nodes.Element inert() {
        org.jsoup.nodes.Element badge = org.transdesk.base.ui.InertHtml.span(getText());
        getClassNames().forEach(badge::addClass);
        getElement().getAttributeNames().filter(a -> a.startsWith("data-") || a.equals("title"))
                .forEach(a -> badge.attr(a, getElement().getAttribute(a)));
        return badge;
    }
}
