package org.transdesk.workbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleOutputs;
import org.transdesk.article.ArticleService;
import org.transdesk.article.LibraryQuery;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.base.ui.Messages;
import org.transdesk.review.ArticleSelection;
import org.transdesk.review.DraftService;
import org.transdesk.review.OutputSummary;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * All articles, newest first, with the state of each output; search by title, filter by state. The
 * grid reads from the database only the rows it shows (thousands of articles stay fast); the full
 * title shows on hover; Enter or a click opens the row. Admins archive, restore and delete articles here.
 */
@Route("")
@Menu(order = 10, title = "Library")
@PermitAll
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private final ArticleService articles;
    private final DraftService drafts;
    final TextField search = new TextField();
    final Grid<ArticleListing> grid = new Grid<>(ArticleListing.class, false);
    final StateFilter stateFilter;
    final Checkbox archived = new Checkbox();
    /** Rows read from the database since the view opened: what lazy loading keeps small. */
    int rowsRead;
    private final Map<Long, Map<Output, OutputSummary>> summaries = new HashMap<>();
    private LibraryQuery query = LibraryQuery.search("");
    private ArticleListing focused;
    /** Below this window width the library shows cards. */
    static final int CARD_WIDTH = 900;
    private final Grid.Column<ArticleListing> cards;
    private Registration resize;

    private final ArticleOutputs articleOutputs;
    /** Per article of the rows read, the configured outputs dropped from it: their cells stay empty, their badges away. */
    private final Map<Long, java.util.Set<Output>> dropped = new HashMap<>();

    public LibraryView(ArticleService articles, DraftService drafts, Outputs outputs, ArticleOutputs articleOutputs) {
        this.articleOutputs = articleOutputs;
        this.stateFilter = new StateFilter(this::refresh, outputs.all());
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

        grid.addColumn(ArticleListing::title).setKey("title").setHeader(getTranslation("library.title")).setFlexGrow(4)
                .setTooltipGenerator(ArticleListing::title);
        grid.addColumn(a -> Messages.date(a.publishedOn())).setHeader(getTranslation("library.date")).setAutoWidth(true);
        grid.addColumn(a -> Messages.number(a.paragraphCount())).setHeader(getTranslation("library.paragraphs")).setAutoWidth(true);
        for (Output output : outputs.all()) {
            grid.addComponentColumn(a -> has(a, output) ? new StateBadge(output, summary(a, output), false) : notAnOutput())
                    .setKey("output-" + output.key())
                    .setHeader(Words.output(output)).setAutoWidth(true);
        }
        archived.setLabel(getTranslation("library.archived"));
        archived.addValueChangeListener(e -> refresh());
        LibraryAdminActions actions = CurrentUser.hasRole(Roles.ADMIN) ? new LibraryAdminActions(articles, this::refresh) : null;
        if (actions != null) {
            grid.addComponentColumn(actions::buttons).setKey("actions").setHeader(getTranslation("library.actions")).setAutoWidth(true);
        }
        cards = grid.addComponentColumn(a -> new LibraryCard(a, outputs.all().stream().filter(o -> has(a, o)).toList(), this::summary, actions == null ? null : actions::buttons))
                .setKey("card").setHeader(getTranslation("library.heading"));
        cards.setVisible(false);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        ComponentUtil.addListener(grid, KeyDownEvent.class, e -> {
            if (Key.ENTER.matches(e.getKey().getKeys().getFirst()) && focused != null) {
                open(focused);
            }
        }, registration -> registration.setFilter("event.key === 'Enter'"));
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> articles.count(query));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, stateFilter, archived, importButton);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true); // on a phone the filters and Import go to the next line instead of off the screen
        stateFilter.setWrap(true);
        search.setWidth("min(20em, 100%)");
        add(new H1(getTranslation("library.heading")), toolbar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
    }

    /** Below {@link #CARD_WIDTH} px one column of cards; above it, the table. */
    void fitTo(int width) {
        boolean narrow = width > 0 && width < CARD_WIDTH;
        grid.getColumns().forEach(c -> c.setVisible(narrow == (c == cards)));
        if (narrow) {
            grid.addClassName("library-cards");
        } else {
            grid.removeClassName("library-cards");
        }
    }

    private void open(ArticleListing article) {
        getUI().ifPresent(ui -> ui.navigate("articles/" + article.id()));
    }

    /** A filter on one output passes no article that dropped it (its drafts stay, "Not started" would list it too). */
    private ArticleSelection withoutDropped(ArticleSelection selection) {
        Output output = stateFilter.output.getValue();
        if (output == null) {
            return selection;
        }
        java.util.Set<Long> dropped = articleOutputs.articlesThatDropped(output);
        java.util.Set<Long> ids = new java.util.HashSet<>(selection.ids());
        if (selection.excluding()) {
            ids.addAll(dropped);
        } else {
            ids.removeAll(dropped);
        }
        return new ArticleSelection(ids, selection.excluding());
    }

    private boolean has(ArticleListing article, Output output) {
        return !dropped.getOrDefault(article.id(), java.util.Set.of()).contains(output);
    }

    private static com.vaadin.flow.component.html.Span notAnOutput() {
        var none = new com.vaadin.flow.component.html.Span();
        none.addClassName("output-dropped");
        none.getElement().setAttribute("title", Messages.tr("library.output-dropped"));
        none.getElement().setAttribute("aria-label", Messages.tr("library.output-dropped"));
        return none;
    }

    private OutputSummary summary(ArticleListing article, Output output) {
        return summaries.getOrDefault(article.id(), Map.of()).getOrDefault(output, OutputSummary.notStarted(output));
    }

    /** One page of rows, with the states and paragraph counts of just those articles, in two queries. */
    private List<ArticleListing> fetch(int offset, int limit) {
        List<ArticleListing> rows = articles.page(query, offset, limit);
        rowsRead += rows.size();
        List<Long> ids = rows.stream().map(ArticleListing::id).toList();
        summaries.putAll(drafts.summaries(ids));
        dropped.putAll(articleOutputs.dropped(ids));
        return rows;
    }

    /** The search and state filter become the query the grid pages through. */
    void refresh() {
        Optional<ArticleSelection> selection = stateFilter.selection(drafts).map(this::withoutDropped);
        query = new LibraryQuery(search.getValue(), archived.getValue(), selection.filter(s -> !s.excluding()).map(ArticleSelection::ids).orElse(null),
                selection.filter(ArticleSelection::excluding).map(ArticleSelection::ids).orElse(null));
        summaries.clear();
        dropped.clear();
        focused = null;
        grid.getDataProvider().refreshAll();
    }
}
