package org.transdesk.export.ui;

import static org.transdesk.base.ui.Messages.tr;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.transdesk.export.XliffMerge;
import org.transdesk.export.XliffMerge.Outcome;
import org.transdesk.export.XliffResolution;
import org.transdesk.review.DiffPart;
import org.transdesk.review.WordDiff;

/**
 * The merge of an uploaded XLIFF file, before anything is written: which article and output it
 * belongs to and which exported version it is compared with, what comes from the file, what is kept,
 * and each conflict side by side (like the workbench's edit-conflict dialog) with a choice: keep the
 * text here, take the file's, or merge by hand.
 */
class XliffMergeDialog extends Dialog {

    /** What to do with a paragraph changed in both places. */
    enum Choice {
        HERE, FILE, MERGE;

        String label() {
            return switch (this) {
                case HERE -> tr("xliff.choice.here");
                case FILE -> tr("xliff.choice.file");
                case MERGE -> tr("xliff.choice.merge");
            };
        }
    }

    final Button apply = new Button(tr("xliff.import"));
    final Map<Integer, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();
    final Map<Integer, TextArea> merged = new LinkedHashMap<>();

    XliffMergeDialog(XliffMerge merge, Consumer<List<XliffResolution>> onApply) {
        setHeaderTitle(tr("xliff.heading", merge.articleTitle()));
        addClassName("xliff-merge");
        add(new Paragraph(tr(merge.baseFrom() == XliffMerge.BaseFrom.FILE ? "xliff.about.named" : "xliff.about.matched",
                org.transdesk.article.ui.OutputNames.of(merge.output()), String.valueOf(merge.articleId()), merge.articleTitle(), merge.xliffVersion(),
                merge.baseVersion())));
        summary(merge);
        for (XliffMerge.Unit unit : merge.with(Outcome.FROM_FILE)) {
            add(new H4(tr("xliff.from-file.unit", label(unit))), diff(unit.here(), unit.file()));
        }
        for (XliffMerge.Unit unit : merge.conflicts()) {
            add(conflict(unit));
        }
        apply.setId("xliff-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setEnabled(!merge.changesNothing());
        apply.addClickListener(e -> onApply.accept(resolutions()));
        Button cancel = new Button(tr("dialog.cancel"), e -> close());
        cancel.setId("xliff-cancel");
        getFooter().add(cancel, apply);
        setWidth("min(64rem, 95vw)");
    }

    private void summary(XliffMerge merge) {
        line(tr("xliff.line.from-file"), merge.with(Outcome.FROM_FILE), "xliff-from-file");
        line(tr("xliff.line.conflicts"), merge.conflicts(), "xliff-conflicts");
        line(tr("xliff.line.kept"), merge.with(Outcome.KEPT_HERE), "xliff-kept");
        line(tr("xliff.line.same"), merge.with(Outcome.SAME_CHANGE), "xliff-same");
        line(tr("xliff.line.no-target"), merge.with(Outcome.NO_TARGET), "xliff-no-target");
        if (merge.newNotes() > 0) {
            Paragraph notes = new Paragraph(tr("xliff.notes", merge.newNotes()));
            notes.setId("xliff-notes");
            add(notes);
        }
        int unchanged = merge.with(Outcome.UNCHANGED).size();
        if (unchanged > 0) {
            add(new Paragraph(tr("xliff.unchanged", unchanged)));
        }
        if (merge.changesNothing()) {
            add(new Paragraph(tr("xliff.nothing")));
        }
    }

    private void line(String title, List<XliffMerge.Unit> units, String id) {
        if (units.isEmpty()) {
            return;
        }
        Paragraph p = new Paragraph(title + ": " + String.join(", ", units.stream().map(XliffMergeDialog::label).toList()));
        p.setId(id);
        add(p);
    }

    private Div conflict(XliffMerge.Unit unit) {
        Div file = new Div(new H4(tr("xliff.in-file")), new Div(unit.file()));
        Div here = new Div(new H4(tr("xliff.here", unit.hereRevision())), new Div(unit.here()));
        file.addClassName("conflict-text");
        here.addClassName("conflict-text");
        Div sides = new Div(file, here);
        sides.addClassName("xliff-sides");
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(Choice::label);
        choice.setAriaLabel(tr("xliff.choice.of", label(unit)));
        choice.setId("xliff-choice-" + unit.position());
        TextArea text = new TextArea(tr("xliff.merged"));
        text.setId("xliff-merged-" + unit.position());
        text.setWidthFull();
        text.setValue(unit.here());
        text.setVisible(false);
        choice.addValueChangeListener(e -> text.setVisible(e.getValue() == Choice.MERGE));
        choices.put(unit.position(), choice);
        merged.put(unit.position(), text);
        Div box = new Div(new H4(tr("xliff.conflict.unit", label(unit))), sides,
                new Paragraph(tr("xliff.diff.file")), diff(unit.base(), unit.file()),
                new Paragraph(tr("xliff.diff.here")), diff(unit.base(), unit.here()), choice, text);
        box.addClassName("xliff-conflict");
        return box;
    }

    private List<XliffResolution> resolutions() {
        List<XliffResolution> out = new ArrayList<>();
        choices.forEach((position, choice) -> {
            if (choice.getValue() == Choice.HERE) {
                out.add(XliffResolution.here(position));
            } else if (choice.getValue() == Choice.FILE) {
                out.add(XliffResolution.file(position));
            } else if (choice.getValue() == Choice.MERGE) {
                out.add(XliffResolution.merged(position, merged.get(position).getValue()));
            }
        });
        return out;
    }

    private static String label(XliffMerge.Unit unit) {
        return unit.position() == 0 ? tr("xliff.headline") : "¶" + unit.position();
    }

    /** A word diff with the workbench's diff colours (removed struck through, added highlighted). */
    private static Div diff(String older, String newer) {
        Div view = new Div();
        view.addClassName("diff-view");
        for (DiffPart part : WordDiff.between(older, newer)) {
            Span span = new Span(part.text());
            span.addClassName("diff-" + part.kind().name().toLowerCase(Locale.ROOT));
            view.add(span);
        }
        return view;
    }
}
