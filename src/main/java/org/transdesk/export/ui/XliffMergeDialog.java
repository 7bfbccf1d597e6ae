package org.transdesk.export.ui;

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

    static final String HERE = "Keep the text here";
    static final String FILE = "Take the file's text";
    static final String MERGE = "Merge by hand";

    final Button apply = new Button("Import");
    final Map<Integer, RadioButtonGroup<String>> choices = new LinkedHashMap<>();
    final Map<Integer, TextArea> merged = new LinkedHashMap<>();

    XliffMergeDialog(XliffMerge merge, Consumer<List<XliffResolution>> onApply) {
        setHeaderTitle("Import XLIFF into “" + merge.articleTitle() + "”");
        addClassName("xliff-merge");
        add(new Paragraph("This file is the " + merge.output().label() + " translation of article " + merge.articleId() + " “"
                + merge.articleTitle() + "” (XLIFF " + merge.xliffVersion() + "). It is compared with approved version "
                + merge.baseVersion() + (merge.baseFrom() == XliffMerge.BaseFrom.FILE ? ", which the file names."
                : ", the exported version its texts match: the file no longer carries Transdesk's own attributes.")));
        summary(merge);
        for (XliffMerge.Unit unit : merge.with(Outcome.FROM_FILE)) {
            add(new H4(label(unit) + ": from the file"), diff(unit.here(), unit.file()));
        }
        for (XliffMerge.Unit unit : merge.conflicts()) {
            add(conflict(unit));
        }
        apply.setId("xliff-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setEnabled(!merge.changesNothing());
        apply.addClickListener(e -> onApply.accept(resolutions()));
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("xliff-cancel");
        getFooter().add(cancel, apply);
        setWidth("min(64rem, 95vw)");
    }

    private void summary(XliffMerge merge) {
        line("From the file (changed only there)", merge.with(Outcome.FROM_FILE), "xliff-from-file");
        line("Changed in both: choose below", merge.conflicts(), "xliff-conflicts");
        line("Kept (changed only here)", merge.with(Outcome.KEPT_HERE), "xliff-kept");
        line("Changed the same way in both", merge.with(Outcome.SAME_CHANGE), "xliff-same");
        line("Kept (no translation in the file)", merge.with(Outcome.NO_TARGET), "xliff-no-target");
        if (merge.newNotes() > 0) {
            Paragraph notes = new Paragraph(merge.newNotes() + (merge.newNotes() == 1 ? " note" : " notes") + " from the file become comments on their paragraphs.");
            notes.setId("xliff-notes");
            add(notes);
        }
        int unchanged = merge.with(Outcome.UNCHANGED).size();
        if (unchanged > 0) {
            add(new Paragraph(unchanged + (unchanged == 1 ? " unit is" : " units are") + " unchanged."));
        }
        if (merge.changesNothing()) {
            add(new Paragraph("Nothing in this file differs from the draft: there is nothing to import."));
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
        Div file = new Div(new H4("In the file"), new Div(unit.file()));
        Div here = new Div(new H4("Here (revision " + unit.hereRevision() + ")"), new Div(unit.here()));
        file.addClassName("conflict-text");
        here.addClassName("conflict-text");
        Div sides = new Div(file, here);
        sides.addClassName("xliff-sides");
        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        choice.setItems(HERE, FILE, MERGE);
        choice.setId("xliff-choice-" + unit.position());
        TextArea text = new TextArea("Merged text");
        text.setId("xliff-merged-" + unit.position());
        text.setWidthFull();
        text.setValue(unit.here());
        text.setVisible(false);
        choice.addValueChangeListener(e -> text.setVisible(MERGE.equals(e.getValue())));
        choices.put(unit.position(), choice);
        merged.put(unit.position(), text);
        Div box = new Div(new H4(label(unit) + ": changed in the file and here"), sides,
                new Paragraph("Exported text → file:"), diff(unit.base(), unit.file()),
                new Paragraph("Exported text → here:"), diff(unit.base(), unit.here()), choice, text);
        box.addClassName("xliff-conflict");
        return box;
    }

    private List<XliffResolution> resolutions() {
        List<XliffResolution> out = new ArrayList<>();
        choices.forEach((position, choice) -> {
            if (HERE.equals(choice.getValue())) {
                out.add(XliffResolution.here(position));
            } else if (FILE.equals(choice.getValue())) {
                out.add(XliffResolution.file(position));
            } else if (MERGE.equals(choice.getValue())) {
                out.add(XliffResolution.merged(position, merged.get(position).getValue()));
            }
        });
        return out;
    }

    private static String label(XliffMerge.Unit unit) {
        return unit.position() == 0 ? "Headline" : "¶" + unit.position();
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
