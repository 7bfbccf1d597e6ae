package org.transdesk.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.Output;
import org.transdesk.base.ui.Messages;
import org.transdesk.review.OutputSummary;

/** One library row as a card for narrow screens (below ~900 px): the whole title, date and size, each output's state, the row's actions. */
final class LibraryCard extends Div {

    LibraryCard(ArticleListing article, java.util.List<Output> outputs, BiFunction<ArticleListing, Output, OutputSummary> summary, Function<ArticleListing, Component> actions) {
        addClassName("library-card");
        Span title = new Span(article.title());
        title.addClassName("library-card-title");
        Span meta = new Span(Messages.tr("library.card.meta", Messages.date(article.publishedOn()), Messages.number(article.paragraphCount())));
        meta.addClassName("library-card-meta");
        Div states = new Div();
        states.addClassName("library-card-states");
        for (Output output : outputs) {
            states.add(new StateBadge(output, summary.apply(article, output), true));
        }
        add(title, meta, states);
        if (actions != null) {
            add(actions.apply(article));
        }
    }
}
