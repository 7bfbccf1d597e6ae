package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.SegmentText;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * The review layer of the workbench, kept out of {@link WorkbenchView}: QA findings, status actions,
 * history and comments under each paragraph, the review status in each column head, and the editor
 * focus that keyboard shortcuts move. Renders from the read model; actions go to the presenter.
 */
class ReviewPanels {

    private final WorkbenchPresenter presenter;
    private final Map<Output, TreeMap<Integer, SegmentEditor>> editors = new java.util.LinkedHashMap<>();
    private final Map<SegmentEditor, SegmentTools> tools = new HashMap<>();
    private SegmentEditor focused;
    /** Each output's QA filter, kept while its column head is built again after a save. */
    private final Map<Output, QaFilter> filters = new java.util.LinkedHashMap<>();
    private final Map<Output, QaFilterBar> filterBars = new java.util.LinkedHashMap<>();
    private BiConsumer<SegmentEditor, OutputColumn> openParagraphTools = (editor, column) -> { };
    /** Builds a long article's rows up to a paragraph not built yet (ColumnsGrid.buildUpTo), before the focus moves there. */
    private java.util.function.IntConsumer rowNeeded = row -> { };

    ReviewPanels(WorkbenchPresenter presenter) {
        this.presenter = presenter;
    }

    /** What the "Tools" button under a paragraph opens. */
    void onParagraphTools(BiConsumer<SegmentEditor, OutputColumn> open) {
        this.openParagraphTools = open;
    }

    /** What builds the rows up to a paragraph the focus is about to move to. */
    void onRowNeeded(java.util.function.IntConsumer build) {
        this.rowNeeded = build;
    }

    void reset() {
        editors.clear();
        tools.clear();
        focused = null;
    }

    /** Forgets the editors of one output (its cells are being built again). */
    void reset(Output output) {
        Optional.ofNullable(editors.remove(output)).ifPresent(m -> m.values().forEach(tools::remove));
        if (focused != null && focused.output() == output) {
            focused = null;
        }
    }

    /**
     * Adds findings, status actions, history and comments under a paragraph editor: made only for a paragraph that
     * has something to show (findings, comments) or is being worked on ({@link SegmentTools}); most paragraphs of a
     * long article have neither, and an open workbench then holds no tools for them (issue #15).
     */
    void attach(SegmentEditor editor, OutputColumn column) {
        editors.computeIfAbsent(editor.output(), o -> new TreeMap<>()).put(editor.position(), editor);
        show(editor, column);
    }

    /**
     * Follows which paragraph box has the focus with one listener on the grid ({@code focusin} bubbles up from every
     * box, built now or later) instead of a focus listener per box: each of those kept an event bus and a client
     * listener in the session, about 1.2 KB a paragraph — a twelfth of an open workbench (issue #15).
     */
    void followFocus(com.vaadin.flow.component.Component grid) {
        grid.getElement().addEventListener("focusin", e -> {
            var data = e.getEventData();
            // what a browser sends is checked like any input: a box this screen does not have, or no box, changes nothing
            String key = data.hasNonNull(FOCUSED_OUTPUT) ? data.get(FOCUSED_OUTPUT).asString() : "";
            String position = data.hasNonNull(FOCUSED_POSITION) ? data.get(FOCUSED_POSITION).asString() : "";
            Output.ofKey(key).map(editors::get).map(column -> column.get(parsePosition(position)))
                    .ifPresent(editor -> focus(editor, false));
        }).setFilter(FOCUSED_BOX).addEventData(FOCUSED_OUTPUT).addEventData(FOCUSED_POSITION);
    }

    /** The browser's side of {@link #followFocus}: the box the focus went into, and its output and position. */
    static final String FOCUSED_BOX = "!!event.target.closest('vaadin-text-area.segment-editor')";
    static final String FOCUSED_OUTPUT = "event.target.closest('vaadin-text-area.segment-editor').dataset.output";
    static final String FOCUSED_POSITION = "event.target.closest('vaadin-text-area.segment-editor').dataset.position";

    private static int parsePosition(String position) {
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private SegmentTools tools(SegmentEditor editor) {
        SegmentTools t = new SegmentTools(editor, new SegmentTools.Actions() {
            @Override
            public void history() {
                openHistory(editor);
            }

            @Override
            public void comments() {
                openComments(editor);
            }

            @Override
            public void paragraphTools() {
                openParagraphTools.accept(editor, presenter.model().column(editor.output()));
            }

            @Override
            public void confirm() {
                ReviewPanels.this.confirm(editor);
            }
        });
        t.findings.onActions(dismissals(editor.output()));
        tools.put(editor, t);
        return t;
    }

    /** The tools under a paragraph, if it has any now. */
    Optional<SegmentTools> toolsOf(SegmentEditor editor) {
        return Optional.ofNullable(tools.get(editor));
    }

    /** The column-head block: change request, status counts, QA tally, export marks, versions; nothing before a draft exists. */
    Component status(OutputColumn column) {
        if (column.draft().isEmpty()) {
            return new Div();
        }
        return new OutputReviewStatus(column, () -> new VersionCompareDialog(Words.output(column.output()),
                presenter.versions(column.output()), column.draft().get().texts(), position -> language(column.output(), position),
                presenter::exportMarks, presenter::qaRecord).open(), dismissals(column.output()));
    }

    /** The column-head filter over the findings under this output's paragraphs, with previous / next error. */
    Component qaFilter(OutputColumn column) {
        Output output = column.output();
        if (column.draft().isEmpty()) {
            filterBars.remove(output);
            return new Div();
        }
        QaFilterBar bar = new QaFilterBar(output, column.qa().findings(), filter(output), chosen -> {
            filters.put(output, chosen);
            update(presenter.model().column(output));
        }, step -> jump(output, step));
        filterBars.put(output, bar);
        return bar;
    }

    QaFilter filter(Output output) {
        return filters.getOrDefault(output, QaFilter.ALL);
    }

    /**
     * Moves the focus to the next (step 1) or previous (-1) paragraph of this output with a finding the
     * filter stops at, from the focused paragraph (or the top); false, and said in the column head, when there is none.
     */
    boolean jump(Output output, int step) {
        OutputColumn read = presenter.model().column(output);
        QaFilter chosen = filter(output);
        int from = focused != null && focused.output() == output ? focused.position() : (step > 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        if (output.isTranslation()) { // the paragraph may be in a row of a long article not built yet
            read.draft().flatMap(d -> d.segments().stream().map(SegmentText::position)
                    .filter(p -> step > 0 ? p > from : p < from).filter(p -> chosen.stopsAt(read.qa().forSegment(p)))
                    .reduce((a, b) -> step > 0 ? Math.min(a, b) : Math.max(a, b))).ifPresent(rowNeeded::accept);
        }
        TreeMap<Integer, SegmentEditor> column = editors.getOrDefault(output, new TreeMap<>());
        var candidates = step > 0 ? column.tailMap(from, false).values() : column.headMap(from, false).descendingMap().values();
        Optional<SegmentEditor> target = candidates.stream().filter(e -> chosen.stopsAt(read.qa().forSegment(e.position()))).findFirst();
        target.ifPresent(this::focus);
        Optional.ofNullable(filterBars.get(output)).ifPresent(bar -> bar.jumped(target.isPresent()));
        return target.isPresent();
    }

    /** The output "next error" works in: the focused paragraph's, else the first shown one with paragraphs. */
    Optional<Output> currentOutput(List<Output> shown) {
        if (focused != null) {
            return Optional.of(focused.output());
        }
        return shown.stream().filter(o -> !editors.getOrDefault(o, new TreeMap<>()).isEmpty()).findFirst();
    }

    /** After a change to the output: every paragraph shows its stored text, status, findings and comment count. */
    void update(OutputColumn column) {
        editors.getOrDefault(column.output(), new TreeMap<>()).values().forEach(editor -> {
            column.segment(editor.position()).ifPresent(editor::show);
            show(editor, column);
        });
    }

    /** Confirms the paragraph as it is; a refusal shows under it. */
    boolean confirm(SegmentEditor editor) {
        Optional<?> done = presenter.confirm(editor.output(), editor.position(), editor.revision(), editor::refused);
        done.ifPresent(s -> editor.clearError());
        return done.isPresent();
    }

    /** Moves the focus to a paragraph (from a shortcut): the browser focuses it and the shortcuts know it at once. */
    void focus(SegmentEditor editor) {
        focus(editor, true);
    }

    /** The paragraph being worked on: it gets its tool buttons, the one before lets them go (SegmentTools). */
    private void focus(SegmentEditor editor, boolean moveFocus) {
        SegmentEditor before = focused;
        focused = editor;
        if (before != null && before != editor) {
            Optional.ofNullable(tools.get(before)).ifPresent(t -> t.active(false));
        }
        if (before != editor) {
            show(editor, presenter.model().column(editor.output()));
        }
        if (!moveFocus) {
            return;
        }
        editor.area.focus();
        // the whole paragraph with its tools, below the sticky column heads (scroll-margin-top in workbench.css)
        // once scrolled, the heads fold (ColumnsGrid.followScrolling): scroll again with their folded height
        editor.getElement().executeJs("""
                this.scrollIntoView({block: 'nearest'});
                const grid = this.closest('.workbench-grid');
                if (grid && grid.$updateHeads) { grid.$updateHeads(); this.scrollIntoView({block: 'nearest'}); }""");
    }

    Optional<SegmentEditor> focused() {
        return Optional.ofNullable(focused);
    }

    /** The paragraph editor {@code step} rows away in the same output, or the first one when nothing has focus yet. */
    Optional<SegmentEditor> neighbour(int step) {
        if (focused == null) {
            return editors.values().stream().filter(m -> !m.isEmpty()).findFirst().map(m -> m.firstEntry().getValue());
        }
        TreeMap<Integer, SegmentEditor> column = editors.getOrDefault(focused.output(), new TreeMap<>());
        var next = step > 0 ? column.higherEntry(focused.position()) : column.lowerEntry(focused.position());
        if (next == null && step > 0 && focused.output().isTranslation()) { // past the built rows of a long article
            int from = focused.position();
            presenter.model().column(focused.output()).draft().flatMap(d -> d.segments().stream().map(SegmentText::position)
                    .filter(p -> p > from).min(Integer::compare)).ifPresent(rowNeeded::accept);
            next = editors.getOrDefault(focused.output(), new TreeMap<>()).higherEntry(from);
        }
        return Optional.ofNullable(next).map(Map.Entry::getValue);
    }

    private void show(SegmentEditor editor, OutputColumn column) {
        List<QaFinding> found = filter(column.output()).shown(column.qa().forSegment(editor.position()));
        List<FindingDismissal> dismissals = column.qa().dismissalsForSegment(editor.position());
        OutputColumn.CommentCount count = column.comments(editor.position());
        SegmentTools t = tools.get(editor);
        if (t == null) {
            if (focused != editor && count.total() == 0 && found.isEmpty() && dismissals.isEmpty()) {
                return;
            }
            t = tools(editor);
        }
        t.showConfirm(CurrentUser.hasRole(Roles.EDITOR) && !editor.area.isReadOnly(), editor.status());
        t.showFindings(found, dismissals, editor.area.getValue());
        t.showCommentCount(count.open(), count.total());
        t.active(focused == editor);
    }

    /** Dismissing findings under a paragraph: a reviewer decides, an editor proposes (the server checks the role again). */
    private QaFindingsList.Actions dismissals(Output output) {
        boolean reviewer = CurrentUser.hasRole(Roles.REVIEWER);
        if (!CurrentUser.hasRole(Roles.EDITOR)) {
            return null;
        }
        return new QaFindingsList.Actions() {
            @Override
            public boolean reviewer() {
                return reviewer;
            }

            @Override
            public void dismiss(QaFinding finding, String reason) {
                presenter.dismiss(output, finding, reason, reviewer);
            }

            @Override
            public void accept(FindingDismissal proposal) {
                presenter.acceptDismissal(output, proposal);
            }

            @Override
            public void reject(FindingDismissal proposal) {
                presenter.rejectDismissal(output, proposal);
            }

            @Override
            public void undo(FindingDismissal dismissal) {
                presenter.undoDismissal(output, dismissal);
            }
        };
    }

    private void openHistory(SegmentEditor editor) {
        Dialog[] dialog = new Dialog[1];
        dialog[0] = new SegmentHistoryDialog(Words.paragraph(editor.output(), editor.position()),
                presenter.history(editor.output(), editor.position()), language(editor.output(), editor.position()),
                presenter.comments(), presenter.draftId(editor.output()),
                editor.position(), CurrentUser.hasRole(Roles.EDITOR), (revision, failed) ->
                presenter.restore(editor.output(), editor.position(), revision, editor.revision(), failed).ifPresent(restored -> {
                    editor.show(restored);
                    dialog[0].close();
                }));
        dialog[0].open();
    }

    /** The languages a paragraph's texts may be in: the output's, or the source's beside it. */
    private TextLanguage language(Output output, int position) {
        List<String> source = presenter.article().segments();
        return TextLanguage.of(output, presenter.article().sourceLanguage(), position < source.size() ? source.get(position) : "");
    }

    private void openComments(SegmentEditor editor) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tr("workbench.comments") + " · " + Words.paragraph(editor.output(), editor.position()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new CommentsPanel(presenter.comments(), presenter.draftId(editor.output()), editor.position(),
                CurrentUser.hasRole(Roles.EDITOR), () -> presenter.commentsChanged(editor.output())));
        dialog.getFooter().add(new Button(tr("dialog.close"), e -> dialog.close()));
        dialog.open();
    }

    List<SegmentEditor> editors(Output output) {
        return List.copyOf(editors.getOrDefault(output, new TreeMap<>()).values());
    }
}
