package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.review.CommentService;
import org.transdesk.review.SegmentRevision;

/**
 * Every text one paragraph has had, newest first, each with its author, time and a word diff against
 * the one before; the engine's draft against the text now; any two revisions side by side; "Restore"
 * makes an earlier text current again as a new revision. The paragraph's comments are shown too.
 */
class SegmentHistoryDialog extends Dialog {

    final Select<SegmentRevision> from = new Select<>();
    final Select<SegmentRevision> to = new Select<>();
    private final Div comparison = new Div();
    final InlineMessage refusal = new InlineMessage();

    /**
     * @param restore called with the revision number to restore and where to show a refusal; the caller
     *                saves it and closes this dialog
     */
    SegmentHistoryDialog(String title, List<SegmentRevision> revisions, CommentService comments, long draftId, int position,
                         boolean canRestore, BiConsumer<Integer, Consumer<String>> restore) {
        setHeaderTitle(tr("history.title", title));
        addClassName("segment-history");
        setWidth("min(56rem, 95vw)");
        refusal.setId("history-message");
        add(refusal);
        if (revisions.isEmpty()) {
            add(new Span(tr("history.none")));
        } else {
            SegmentRevision current = revisions.getLast();
            revisions.stream().filter(r -> "ENGINE".equals(r.kind())).reduce((a, b) -> b).ifPresent(engine -> {
                Div engineDiff = new Div(new H4(tr("history.engine-vs-now", engine.revision())),
                        new DiffView(engine.text(), current.text()));
                engineDiff.setId("engine-vs-now");
                add(engineDiff);
            });
            add(compare(revisions));
            add(new H4(tr("history.revisions")));
            for (int i = revisions.size() - 1; i >= 0; i--) {
                add(entry(revisions.get(i), i == 0 ? null : revisions.get(i - 1), revisions.get(i) == current, canRestore, restore));
            }
        }
        add(new H4(tr("workbench.comments")), new CommentsPanel(comments, draftId, position, false, () -> { }));
        getFooter().add(new Button(tr("dialog.close"), e -> close()));
    }

    private Div compare(List<SegmentRevision> revisions) {
        for (Select<SegmentRevision> s : List.of(from, to)) {
            s.setItems(revisions);
            s.setItemLabelGenerator(r -> tr("history.revision", r.revision()) + " · " + r.author());
            s.addValueChangeListener(e -> showComparison());
        }
        from.setLabel(tr("compare.from"));
        to.setLabel(tr("compare.to"));
        from.setValue(revisions.size() > 1 ? revisions.get(revisions.size() - 2) : revisions.getFirst());
        to.setValue(revisions.getLast());
        Div pickers = new Div(from, to);
        pickers.addClassName("segment-meta");
        comparison.setId("revision-comparison");
        return new Div(pickers, comparison);
    }

    private void showComparison() {
        comparison.removeAll();
        if (from.getValue() != null && to.getValue() != null) {
            comparison.add(new DiffView(from.getValue().text(), to.getValue().text()));
        }
    }

    private Div entry(SegmentRevision revision, SegmentRevision previous, boolean current, boolean canRestore,
                      BiConsumer<Integer, Consumer<String>> restore) {
        Span head = new Span(tr("history.revision", revision.revision()) + " · " + kind(revision.kind()) + " · " + revision.author()
                + " · " + Messages.dateTime(revision.createdAt()) + (current ? " · " + tr("history.current") : ""));
        head.addClassName("engine-notice");
        Div box = new Div(head, previous == null ? new Div(revision.text()) : new DiffView(previous.text(), revision.text()));
        box.addClassName("revision-entry");
        box.getElement().setAttribute("data-revision", String.valueOf(revision.revision()));
        if (canRestore && !current) {
            Button button = new Button(tr("history.restore"), e -> restore.accept(revision.revision(), refusal::error));
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            box.add(button);
        }
        return box;
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "ENGINE" -> tr("history.kind.ENGINE");
            case "EDIT" -> tr("history.kind.EDIT");
            case "RESTORE" -> tr("history.kind.RESTORE");
            default -> kind.toLowerCase();
        };
    }
}
