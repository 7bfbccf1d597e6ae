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
 * Every text one paragraph has had, newest first, each with its author and time, and one word diff:
 * two revisions picked side by side, at first the engine's draft (else the revision before) against
 * the text now. A diff compares texts in one language only ({@link TextLanguage}): a revision that
 * held the source text is shown as text, marked with its language, never struck through against its
 * translation. "Restore" makes an earlier text current again as a new revision. The paragraph's
 * comments are shown too.
 */
class SegmentHistoryDialog extends Dialog {

    final Select<SegmentRevision> from = new Select<>();
    final Select<SegmentRevision> to = new Select<>();
    private final Div comparison = new Div();
    final InlineMessage refusal = new InlineMessage();
    private final TextLanguage language;

    /**
     * @param restore called with the revision number to restore and where to show a refusal; the caller
     *                saves it and closes this dialog
     */
    SegmentHistoryDialog(String title, List<SegmentRevision> revisions, TextLanguage language, CommentService comments, long draftId,
                         int position, boolean canRestore, BiConsumer<Integer, Consumer<String>> restore) {
        this.language = language;
        setHeaderTitle(tr("history.title", title));
        addClassName("segment-history");
        setWidth("min(56rem, 95vw)");
        refusal.setId("history-message");
        add(refusal);
        if (revisions.isEmpty()) {
            add(new Span(tr("history.none")));
        } else {
            SegmentRevision current = revisions.getLast();
            add(compare(revisions, current));
            add(new H4(tr("history.revisions")));
            for (int i = revisions.size() - 1; i >= 0; i--) {
                add(entry(revisions.get(i), revisions.get(i) == current, canRestore, restore));
            }
        }
        add(new H4(tr("workbench.comments")), new CommentsPanel(comments, draftId, position, false, () -> { }));
        getFooter().add(new Button(tr("dialog.close"), e -> close()));
    }

    private Div compare(List<SegmentRevision> revisions, SegmentRevision current) {
        for (Select<SegmentRevision> s : List.of(from, to)) {
            s.setItems(revisions);
            s.setItemLabelGenerator(this::label);
            s.addValueChangeListener(e -> showComparison());
        }
        from.setLabel(tr("compare.from"));
        to.setLabel(tr("compare.to"));
        from.setValue(startingPoint(revisions, current));
        to.setValue(current);
        Div pickers = new Div(from, to);
        pickers.addClassName("segment-meta");
        comparison.setId("revision-comparison");
        return new Div(pickers, comparison);
    }

    /** The engine's last draft when it is in the language of the text now, else the latest earlier revision that is. */
    private SegmentRevision startingPoint(List<SegmentRevision> revisions, SegmentRevision current) {
        List<SegmentRevision> earlier = revisions.subList(0, revisions.size() - 1).stream()
                .filter(r -> language.comparable(r.text(), current.text())).toList();
        return earlier.stream().filter(r -> "ENGINE".equals(r.kind())).reduce((a, b) -> b)
                .or(() -> earlier.stream().reduce((a, b) -> b))
                .orElse(revisions.size() > 1 ? revisions.get(revisions.size() - 2) : current);
    }

    private String label(SegmentRevision r) {
        String label = tr("history.revision", r.revision()) + " · " + r.author();
        return language.holdsSource(r.text()) ? label + " · " + tr("history.source-text") : label;
    }

    private void showComparison() {
        comparison.removeAll();
        SegmentRevision a = from.getValue();
        SegmentRevision b = to.getValue();
        if (a == null || b == null) {
            return;
        }
        if (language.comparable(a.text(), b.text())) {
            DiffView diff = new DiffView(a.text(), b.text());
            diff.getElement().setAttribute("lang", language.of(a.text().isBlank() ? b.text() : a.text()));
            comparison.add(diff);
        } else {
            Span note = new Span(tr("history.other-language", a.revision(), b.revision()));
            note.addClassName("engine-notice");
            comparison.add(note);
        }
    }

    private Div entry(SegmentRevision revision, boolean current, boolean canRestore, BiConsumer<Integer, Consumer<String>> restore) {
        boolean source = language.holdsSource(revision.text());
        Span head = new Span(tr("history.revision", revision.revision()) + " · " + kind(revision.kind()) + " · " + revision.author()
                + " · " + Messages.dateTime(revision.createdAt()) + (current ? " · " + tr("history.current") : "")
                + (source ? " · " + tr("history.source-text") : ""));
        head.addClassName("engine-notice");
        Div text = new Div(revision.text());
        text.addClassName("revision-text");
        text.getElement().setAttribute("lang", language.of(revision.text()));
        Div box = new Div(head, text);
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
