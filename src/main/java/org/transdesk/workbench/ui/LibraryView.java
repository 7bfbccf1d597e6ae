package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.DraftService;
import org.transdesk.review.OutputState;
import org.transdesk.review.OutputSummary;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/** All articles, newest first, with the state of each output; search by title. */
@Route("")
@Menu(order = 10, title = "Library")
@PermitAll
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private final ArticleService articles;
    private final DraftService drafts;
    final TextField search = new TextField();
    final Grid<ArticleListing> grid = new Grid<>(ArticleListing.class, false);
    final StateFilter stateFilter = new StateFilter(this::refresh);
    private Map<Long, Map<Output, OutputSummary>> summaries = Map.of();

    public LibraryView(ArticleService articles, DraftService drafts) {
        this.articles = articles;
        this.drafts = drafts;
        setSizeFull();
        search.setPlaceholder(getTranslation("library.search"));
        search.setAriaLabel(getTranslation("library.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Button importButton = new Button(getTranslation("library.import"), e -> getUI().ifPresent(ui -> ui.navigate("import")));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setVisible(CurrentUser.hasRole(Roles.EDITOR));

        grid.addColumn(ArticleListing::title).setHeader(getTranslation("library.title")).setFlexGrow(4);
        grid.addColumn(a -> Messages.date(a.publishedOn())).setHeader(getTranslation("library.date")).setAutoWidth(true);
        grid.addColumn(a -> Messages.number(a.paragraphCount())).setHeader(getTranslation("library.paragraphs")).setAutoWidth(true);
        for (Output output : Output.values()) {
            grid.addComponentColumn(a -> new StateBadge(output, summary(a, output), false)).setHeader(Words.output(output)).setAutoWidth(true);
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles/" + e.getItem().id())));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, stateFilter, importButton);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("library.heading")), toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }

    private OutputSummary summary(ArticleListing article, Output output) {
        return summaries.getOrDefault(article.id(), Map.of()).getOrDefault(output, OutputSummary.notStarted(output));
    }

    /** One query for the states and paragraph counts of every listed article. */
    void refresh() {
        List<ArticleListing> rows = articles.list(search.getValue());
        summaries = drafts.summaries(rows.stream().map(ArticleListing::id).toList());
        grid.setItems(rows.stream().filter(a -> stateFilter.matches(states(a))).toList());
    }

    private Map<Output, OutputState> states(ArticleListing article) {
        Map<Output, OutputState> states = new java.util.EnumMap<>(Output.class);
        summaries.getOrDefault(article.id(), Map.of()).forEach((o, s) -> states.put(o, s.state()));
        return states;
    }
}
