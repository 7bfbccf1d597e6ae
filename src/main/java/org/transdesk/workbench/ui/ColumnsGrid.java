package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transdesk.article.Article;
import org.transdesk.article.Output;
import org.transdesk.review.SegmentText;

/**
 * The side-by-side grid: the source paragraphs in the first column, one column per output, aligned
 * paragraph by paragraph (the summary runs alongside as one cell spanning the rows). Keeps its cells
 * per output, so one output's column is built again in place without touching the others (where an
 * editor may be typing), and which outputs are seen is a class on the grid. A long article's rows are built a batch at
 * a time ({@link #BATCH}, {@link LazyRows}); the rows not built yet hold no components.
 */
class ColumnsGrid extends Div {

    /** Builds the pieces of a column; the view supplies them with their actions. */
    interface Cells {
        OutputHeader header(OutputColumn column);

        SegmentEditor editor(OutputColumn column, SegmentText segment);

        Component summaryExtras(OutputColumn column);

        /** The output's column as the workbench reads it now: rows built later show what is stored then. */
        OutputColumn column(Output output);
    }

    /** Every cell of an output carries this class plus the output's key; the stylesheet places or hides it. */
    static final String CELL = "out-";
    /** Every output cell and head also carries this class; {@link #layout} places and hides them by output. */
    static final String OUT_CELL = "out-cell";

    /**
     * Rows built at once on a long article (issue #15): enough to fill a tall screen; the rest is built a batch at a time
     * as the editor scrolls near the end of what is built ({@link LazyRows}). An article of at most this many paragraphs
     * is built whole on open, as it always was.
     */
    static final int BATCH = 40;
    /** A system property that changes {@link #BATCH} (the long-article benchmark builds every row at once with a big value). */
    static final String BATCH_PROPERTY = "transdesk.workbench.rows-batch";

    private final Cells cells;
    private final int batch = Math.max(1, Integer.getInteger(BATCH_PROPERTY, BATCH));
    private final Map<Output, OutputHeader> headers = new java.util.LinkedHashMap<>();
    /** Each output's cells' slots, row by row (a summary: one); a column drafted again swaps the slots' content. */
    private final Map<Output, List<Div>> slots = new java.util.LinkedHashMap<>();
    private Article article;
    private List<Output> outputs = List.of();
    /** A long article's rows and the row that builds more of them; null while every row is built. */
    private LazyRows lazy;
    /** How many paragraph rows are built: the first ones, in reading order. */
    private int built;

    ColumnsGrid(Cells cells) {
        this.cells = cells;
        addClassName("workbench-grid");
    }

    /**
     * Builds every output's column; {@link #show} then picks which are seen. Switching is a class on
     * the grid that the stylesheet turns into hidden columns: the browser already has every cell, so
     * the server builds and sends nothing (on a 45-paragraph article a rebuild took seconds).
     */
    void render(WorkbenchModel model, List<Output> shown) {
        removeAll();
        headers.clear();
        slots.clear();
        lazy = null;
        built = 0;
        article = model.article();
        Div sourceHeader = new Div(new Span(tr("workbench.source", article.sourceLanguage())));
        sourceHeader.addClassNames("column-header", "source-head");
        add(sourceHeader);
        outputs = model.outputs();
        add(new Html("<style>" + layout(outputs) + "</style>"));
        for (Output o : outputs) {
            OutputHeader header = cells.header(model.column(o));
            mark(header, o);
            headers.put(o, header);
            add(slot(o, -1, header));
        }
        int rows = article.segments().size();
        if (rows <= batch) {
            buildRows(this, rows);
        } else {
            lazy = new LazyRows(rows, this::buildMore);
            add(lazy.rows);
            buildRows(lazy.rows, batch);
            add(lazy.more);
        }
        for (Output o : outputs) {
            if (!o.isTranslation()) {
                add(slot(o, SUMMARY, summaryCell(model.column(o))));
            }
        }
        show(shown);
        if (lazy != null) {
            lazy.built(built);
        }
    }

    /** Builds the paragraph rows after the built ones up to (not including) {@code to}, in reading order, at the end of {@code into}. */
    private void buildRows(com.vaadin.flow.component.HasComponents into, int to) {
        List<Output> translations = outputs.stream().filter(Output::isTranslation).toList();
        List<String> source = article.segments();
        for (int i = built; i < to; i++) {
            into.add(sourceCell(source.get(i), i));
            for (Output o : translations) {
                into.add(slot(o, i, targetCell(cells.column(o), i)));
            }
        }
        built = Math.max(built, to);
    }

    /** The next batch of rows, asked for by the browser as the editor scrolls near the end of the built ones. */
    private void buildMore() {
        buildUpTo(built);
    }

    /**
     * Builds the rows up to and including {@code row} (at least a batch more), so whatever moves to a paragraph finds
     * its row: the next paragraph, the next QA error. Never more rows than the article has.
     */
    void buildUpTo(int row) {
        if (lazy == null || row < built) {
            return;
        }
        int rows = article.segments().size();
        buildRows(lazy.rows, Math.min(rows, Math.max(row + 1, built + batch)));
        if (built >= rows) {
            remove(lazy.more);
            lazy = null;
        } else {
            lazy.built(built);
        }
        slots.forEach((output, places) -> {
            if (!output.isTranslation()) {
                places.forEach(place -> place.getChildren().findFirst().ifPresent(cell -> cell.getStyle().set("grid-row", summaryRows())));
            }
        });
    }

    /** How many paragraph rows are built (all of a short article's). */
    int builtRows() {
        return built;
    }

    /** The rows a summary cell spans: the built paragraphs' (the row that builds more is below them, across every column). */
    private String summaryRows() {
        return "2 / span " + built;
    }

    /**
     * Once the page scrolls past the column heads' own place, the grid gets the class {@code scrolled}
     * and workbench.css folds each head into one line (state, QA tally, actions); the heads' height is
     * kept in {@code --workbench-head}, which a paragraph's {@code scroll-margin-top} uses so a paragraph
     * the focus moves to is scrolled fully below them. Listens on the page until the grid leaves it.
     */
    void followScrolling() {
        getElement().executeJs(FOLLOW_SCROLLING);
    }

    private static final String FOLLOW_SCROLLING = """
            const grid = this;
            if (grid.$followScrolling) { grid.$followScrolling.abort(); }
            const stop = new AbortController();
            grid.$followScrolling = stop;
            const update = () => {
              if (!grid.isConnected) { stop.abort(); return; }
              const head = grid.querySelector('.column-header');
              if (!head) { return; }
              const headsHeight = () => {
                let height = 0;
                grid.querySelectorAll('.column-header').forEach(h => { if (h.offsetParent) { height = Math.max(height, h.offsetHeight); } });
                return height;
              };
              const folded = grid.classList.contains('scrolled');
              if (!folded) { grid.$unfolded = headsHeight(); }
              // how far the page is scrolled past the heads' own place (a sticky head moves down the grid by that much)
              const past = head.getBoundingClientRect().top - grid.getBoundingClientRect().top;
              // fold only once the page is past a whole unfolded head, unfold only back at the heads' own place: a fold
              // moves the rows up by the room it gives back, and the browser's scroll anchoring moves the page with
              // them; with one threshold that move could unfold the head again, and so on, for ever
              const scrolled = folded ? past > 1 : past > Math.max(1, grid.$unfolded);
              grid.classList.toggle('scrolled', scrolled);
              const height = headsHeight();
              grid.style.setProperty('--workbench-head', height + 'px');
              // the room a folded head gives back stays below the grid: the page keeps its height, so a short page
              // scrolled to its end is not pulled back to the top and unfolded
              grid.style.paddingBottom = scrolled && grid.$unfolded > height ? (grid.$unfolded - height) + 'px' : '';
            };
            grid.$updateHeads = update;
            // scroll events do not leave a shadow root: listen on every ancestor, across the app layout's shadow DOM
            for (let n = grid.parentNode; n; n = n.assignedSlot || n.parentNode || n.host) {
              n.addEventListener('scroll', update, {passive: true, signal: stop.signal});
            }
            window.addEventListener('scroll', update, {passive: true, signal: stop.signal});
            window.addEventListener('resize', update, {signal: stop.signal});
            update();
            """;

    /** Shows these outputs beside the source, the others hidden by the stylesheet. */
    void show(List<Output> shown) {
        boolean one = shown.size() == 1 && outputs.size() > 1;
        getElement().setAttribute("data-shown", one ? shown.getFirst().key() : ALL);
        getStyle().set("--workbench-columns", String.valueOf(1 + (one ? 1 : Math.max(1, outputs.size()))));
    }

    /** The value of {@code data-shown} when every output is seen. */
    static final String ALL = "all";

    /**
     * The grid's placement rules for these outputs, one set per output key (keys are [a-z0-9-], see {@link Output#ofKey}):
     * with every output shown, output i is column i + 2; with one shown, it is column 2 and the others are hidden. On a
     * narrow screen "all" shows the first output only (workbench.css stacks the grid).
     */
    static String layout(List<Output> outputs) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < outputs.size(); i++) {
            String key = outputs.get(i).key();
            css.append(".workbench-grid[data-shown=\"all\"] .out-").append(key).append("{grid-column:").append(i + 2).append("}")
                    .append(".workbench-grid[data-shown=\"").append(key).append("\"] .out-").append(key).append("{grid-column:2}")
                    .append(".workbench-grid[data-shown=\"").append(key).append("\"] .out-cell:not(.out-").append(key).append("){display:none}");
        }
        if (!outputs.isEmpty()) {
            css.append("@media (max-width: 900px){.workbench-grid[data-shown=\"all\"] .out-cell:not(.out-")
                    .append(outputs.getFirst().key()).append("){display:none}}");
        }
        return css.toString();
    }

    /** The row of a summary's slot: after every paragraph's row (a summary cell spans the rows). */
    private static final int SUMMARY = Integer.MAX_VALUE;

    /**
     * The grid's child that holds one output's cell in a row ({@code -1}: the head): the cell is the grid item
     * ({@code display: contents} on the slot, transdesk.css), and a column drafted again swaps the slot's content, so
     * the grid's children stay in reading order, row by row. Adding and removing grid children instead left the
     * browser's copy out of order (source paragraphs bunched at the top, the translations below).
     */
    private Div slot(Output output, int row, Component cell) {
        Div slot = new Div(cell);
        slot.addClassName(SLOT);
        if (row >= 0) {
            slots.computeIfAbsent(output, x -> new ArrayList<>()).add(slot);
        }
        return slot;
    }

    /** The class of a cell's slot. */
    static final String SLOT = "cell-slot";

    private static void mark(Component cell, Output output) {
        cell.getElement().getClassList().add(CELL + output.key());
        cell.getElement().getClassList().add(OUT_CELL);
        cell.getElement().setAttribute("data-output", output.key());
    }

    /** Builds one shown output's head and cells again, in their places. */
    void replace(OutputColumn column) {
        Output output = column.output();
        if (!headers.containsKey(output)) {
            return;
        }
        replaceHeader(column);
        List<Div> places = slots.get(output);
        for (int i = 0; i < places.size(); i++) {
            places.get(i).removeAll();
            places.get(i).add(output.isTranslation() ? targetCell(column, i) : summaryCell(column));
        }
    }

    void replaceHeader(OutputColumn column) {
        OutputHeader old = headers.get(column.output());
        if (old != null) {
            OutputHeader fresh = cells.header(column);
            mark(fresh, column.output());
            Div slot = (Div) old.getParent().orElseThrow();
            slot.removeAll();
            slot.add(fresh);
            headers.put(column.output(), fresh);
        }
    }

    Optional<OutputHeader> header(Output output) {
        return Optional.ofNullable(headers.get(output));
    }

    private Div sourceCell(String text, int position) {
        Div cell = new Div(); // its text right in it: a span around it was one more node per paragraph for nothing
        cell.setText(text);
        cell.addClassNames("source-cell", position == 0 ? "headline" : "body");
        cell.getElement().setAttribute("lang", article.sourceLanguage());
        String legend = article.tagged(position).legend();
        if (!legend.isEmpty()) {
            // formatting tags (issue #12): what each stands for; QA's tags check flags a translation that drops or breaks one
            cell.addClassName("has-tags");
            cell.getElement().setAttribute("title", tr("workbench.tags-legend", legend));
        }
        return cell;
    }

    private Component targetCell(OutputColumn column, int position) {
        Optional<SegmentText> segment = column.segment(position);
        if (segment.isEmpty()) {
            Div empty = new Div(new Span(column.draft().isPresent() ? "—" : tr("workbench.not-generated")));
            empty.addClassNames("segment-cell", "engine-notice");
            mark(empty, column.output());
            return empty;
        }
        SegmentEditor editor = cells.editor(column, segment.get());
        mark(editor, column.output());
        return editor;
    }

    private Div summaryCell(OutputColumn column) {
        Div cell = new Div();
        cell.addClassNames("summary-cell");
        mark(cell, column.output());
        if (column.output().language() != null) {
            cell.getElement().setAttribute("lang", column.output().language());
        }
        cell.getStyle().set("grid-row", summaryRows());
        if (column.draft().isEmpty() || column.draft().get().segments().isEmpty()) {
            cell.add(new Span(tr(column.draft().isPresent() ? "workbench.summary.empty" : "workbench.not-generated")));
            return cell;
        }
        column.draft().get().segments().forEach(s -> cell.add(cells.editor(column, s)));
        cell.add(cells.summaryExtras(column));
        return cell;
    }
}
