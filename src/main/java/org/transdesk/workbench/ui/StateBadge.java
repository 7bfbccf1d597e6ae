package org.transdesk.workbench.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InertHtml;
import org.transdesk.review.OutputSummary;

/**
 * "Vietnamese: Needs review" as a coloured badge; a draft with untranslated paragraphs reads
 * "Untranslated N" instead. {@code data-state} keeps the workflow state.
 */
class StateBadge extends Span {

    StateBadge(Output output, OutputSummary summary, boolean withLabel) {
        org.jsoup.nodes.Element badge = markup(output, summary, withLabel);
        setText(badge.text());
        badge.classNames().forEach(this::addClassName);
        badge.attributes().forEach(a -> {
            if (!a.getKey().equals("class")) {
                getElement().setAttribute(a.getKey(), a.getValue());
            }
        });
    }

    /** The badge as inert markup ({@link InertHtml}), for a place that only shows it (a column head); the one description of it. */
    static org.jsoup.nodes.Element markup(Output output, OutputSummary summary, boolean withLabel) {
        String text = withLabel ? Words.output(output) + ": " + Words.summary(summary) : Words.summary(summary);
        org.jsoup.nodes.Element badge = InertHtml.span(text, "state-badge", summary.state().name().toLowerCase(Locale.ROOT));
        if (summary.untranslatedShown()) {
            badge.addClass("untranslated");
        }
        // the folded column head may shorten the badge with an ellipsis: the whole of it on hover
        return badge.attr("title", text)
                .attr("data-output", output.key())
                .attr("data-state", summary.state().name())
                .attr("data-untranslated", String.valueOf(summary.counts().untranslated()));
    }
}
