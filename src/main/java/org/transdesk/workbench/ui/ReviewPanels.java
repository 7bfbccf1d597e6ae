package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.FindingDismissal;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * The review layer of the workbench, kept out of {@link WorkbenchView}: QA findings, status actions,
 * history and comments under each paragraph, the review status in each column head, and the editor
 * focus that keyboard shortcuts move. Renders from the read model; actions go to the presenter.
 */
class ReviewPanels {

    private final WorkbenchPresenter presenter;
    private final Map<Output, TreeMap<Integer, SegmentEditor>> editors = new EnumMap<>(Output.class);
    private final Map<SegmentEditor, SegmentTools> tools = new HashMap<>();
    private SegmentEditor focused;
    private BiConsumer<SegmentEditor, OutputColumn> openParagraphTools = (editor, column) -> { };

    ReviewPanels(WorkbenchPresenter presenter) {
        this.presenter = presenter;
    }

    /** What the "Tools" button under a paragraph opens. */
    void onParagraphTools(BiConsumer<SegmentEditor, OutputColumn> open) {
        this.openParagraphTools = open;
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

    /** Adds findings, status actions, history and comments under a paragraph editor. */
    void attach(SegmentEditor editor, OutputColumn column) {
        editors.computeIfAbsent(editor.output(), o -> new TreeMap<>()).put(editor.position(), editor);
        SegmentTools t = new SegmentTools(editor);
        t.history.addClickListener(e -> openHistory(editor));
        t.comments.addClickListener(e -> openComments(editor));
        t.paragraphTools.addClickListener(e -> openParagraphTools.accept(editor, presenter.model().column(editor.output())));
        t.confirm.addClickListener(e -> confirm(editor));
        t.findings.onActions(dismissals(editor.output()));
        tools.put(editor, t);
        show(editor, column);
        editor.area.addFocusListener(e -> focused = editor);
        editor.add(t);
    }

    /** The column-head block: change request, status counts, QA tally, export marks, versions; nothing before a draft exists. */
    Component status(OutputColumn column) {
        if (column.draft().isEmpty()) {
            return new Div();
        }
        return new OutputReviewStatus(column, () -> new VersionCompareDialog(Words.output(column.output()),
                presenter.versions(column.output()), column.draft().get().texts(),
                presenter::exportMarks, presenter::qaRecord).open(), dismissals(column.output()));
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
        focused = editor;
        editor.area.focus();
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
        return Optional.ofNullable(next).map(Map.Entry::getValue);
    }

    private void show(SegmentEditor editor, OutputColumn column) {
        SegmentTools t = tools.get(editor);
        if (t == null) {
            return;
        }
        t.showConfirm(CurrentUser.hasRole(Roles.EDITOR) && !editor.area.isReadOnly(), editor.status());
        t.showFindings(column.qa().forSegment(editor.position()), column.qa().dismissalsForSegment(editor.position()), editor.area.getValue());
        OutputColumn.CommentCount count = column.comments(editor.position());
        t.showCommentCount(count.open(), count.total());
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
                presenter.history(editor.output(), editor.position()), presenter.comments(), presenter.draftId(editor.output()),
                editor.position(), CurrentUser.hasRole(Roles.EDITOR), (revision, failed) ->
                presenter.restore(editor.output(), editor.position(), revision, editor.revision(), failed).ifPresent(restored -> {
                    editor.show(restored);
                    dialog[0].close();
                }));
        dialog[0].open();
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
