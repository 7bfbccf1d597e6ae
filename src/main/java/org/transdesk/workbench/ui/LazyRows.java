package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A long article's paragraph rows, built a batch at a time (issue #15): {@link #rows} holds the built rows in reading
 * order (laid out as the grid's own children, {@code display: contents}), new rows only ever appended at its end; below
 * it, {@link #more} says more paragraphs are coming and keeps the page about as tall as the rows not built yet would make
 * it, so the scrollbar does not jump. When it comes near the window, the browser asks the server for the next batch.
 */
final class LazyRows {

    /** The DOM event the browser fires on {@link #more} when it comes near the window. */
    static final String MORE_EVENT = "transdesk-more-rows";
    /** The class of the built rows' holder. */
    static final String ROWS = "workbench-rows";
    /** The class of the row below them that builds more. */
    static final String MORE = "workbench-more-rows";

    final Div rows = new Div();
    final Div more = new Div();
    /** What {@link #more} says: kept in sight while the window is inside the room of the rows not built (workbench CSS). */
    private final Span loading = new Span();
    private final int total;

    LazyRows(int total, Runnable buildMore) {
        this.total = total;
        rows.addClassName(ROWS);
        more.addClassName(MORE);
        more.add(loading);
        // the server builds one batch per event, and none once every row is built (this row is then removed): a client
        // firing the event over and over gets no more rows than the article has
        more.getElement().addEventListener(MORE_EVENT, e -> buildMore.run());
        more.getElement().executeJs(WATCH);
    }

    /** After a batch: says how many paragraphs are shown, keeps the room of the rest, and watches for the window again. */
    void built(int built) {
        loading.setText(tr("workbench.rows.loading", built, total));
        more.getElement().setAttribute("data-built", String.valueOf(built));
        more.getStyle().set("--rows-left", String.valueOf(total - built));
        more.getElement().executeJs("this.$watch && this.$watch()");
    }

    /**
     * Defines {@code $watch} on the row: the built rows' average height goes into {@code --workbench-row} (the row's
     * height is the rows left times that, workbench.css), and an IntersectionObserver asks for the next batch, once, when
     * the row comes within a margin of the window (of the nearest scrolling ancestor, so the margin counts). Observing
     * again after each batch reports the row at once if it is still near (the editor dragged the scrollbar to the end),
     * so batches follow one another until the window is filled.
     */
    private static final String WATCH = """
            const more = this;
            // the built rows' average height: measured again whenever the observer reports, as the rows' web components
            // are often not upgraded yet (rows too short) when the first batch arrives
            const measure = () => {
              const grid = more.closest('.workbench-grid');
              const first = grid && grid.querySelector('.source-cell');
              const built = Number(more.dataset.built);
              if (first && built > 0) {
                const perRow = (more.getBoundingClientRect().top - first.getBoundingClientRect().top) / built;
                if (perRow > 0) { grid.style.setProperty('--workbench-row', perRow + 'px'); }
              }
            };
            more.$watch = () => {
              if (more.$observer) { more.$observer.disconnect(); }
              if (!more.isConnected) { return; }
              measure();
              let root = null;
              for (let n = more.parentNode; n && !root; n = n.assignedSlot || n.parentNode || n.host) {
                if (n instanceof Element) {
                  const overflow = getComputedStyle(n).overflowY;
                  if ((overflow === 'auto' || overflow === 'scroll') && n.scrollHeight > n.clientHeight) { root = n; }
                }
              }
              let asked = false;
              more.$observer = new IntersectionObserver(entries => {
                measure();
                if (!asked && entries.some(e => e.isIntersecting)) {
                  asked = true;
                  more.dispatchEvent(new CustomEvent('transdesk-more-rows'));
                }
              }, {root, rootMargin: '1500px 0px'});
              more.$observer.observe(more);
            };
            """;
}
