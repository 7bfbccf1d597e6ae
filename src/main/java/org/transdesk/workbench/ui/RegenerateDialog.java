package org.transdesk.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import org.transdesk.article.Output;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.StatusCounts;

/**
 * Asked before "Generate drafts" touches people's work: how many paragraphs were edited or confirmed
 * (per output), and the choice between "Only the rest" (the default: people's paragraphs are kept,
 * neither sent nor paid for) and "Replace all" (drafted again; the replaced text stays in each
 * paragraph's history, where Restore brings it back).
 */
class RegenerateDialog extends Dialog {

    final RadioButtonGroup<RegenerateMode> mode = new RadioButtonGroup<>();
    final Button generate = new Button("Generate");
    final Button cancel = new Button("Cancel", e -> close());

    RegenerateDialog(RegenerateQuestion question, Consumer<RegenerateMode> start) {
        setId("regenerate-dialog");
        setHeaderTitle("Generate again?");
        setWidth("min(40rem, 95vw)");
        int human = question.humanWork();
        Paragraph intro = new Paragraph(human + (human == 1 ? " paragraph was" : " paragraphs were")
                + " edited or confirmed by people:");
        intro.setId("regenerate-count");
        Div perOutput = new Div();
        perOutput.addClassName("regenerate-counts");
        question.counts().forEach((output, counts) -> perOutput.add(line(output, counts)));

        mode.setLabel("What should be drafted?");
        mode.setItems(RegenerateMode.ONLY_THE_REST, RegenerateMode.REPLACE_ALL);
        mode.setItemLabelGenerator(m -> m == RegenerateMode.ONLY_THE_REST
                ? "Only the rest: draft the " + question.rest() + " untranslated and machine-draft paragraphs; keep people's "
                  + human + " as they are"
                : "Replace all: draft every paragraph again; the current text of the " + human
                  + " edited or confirmed paragraphs is kept as a revision in each paragraph's history");
        mode.setValue(RegenerateMode.ONLY_THE_REST);
        mode.setRequired(true);
        mode.addClassName("regenerate-mode");
        mode.addValueChangeListener(e -> generate.setText(e.getValue() == RegenerateMode.REPLACE_ALL ? "Replace all" : "Generate the rest"));

        Span summaryNote = new Span("A summary is written from the whole article: with \"Only the rest\" a summary with"
                + " edited or confirmed paragraphs is kept whole.");
        summaryNote.addClassName("engine-notice");
        summaryNote.setVisible(question.counts().containsKey(Output.SUMMARY) && question.counts().get(Output.SUMMARY).humanWork() > 0);

        generate.setId("regenerate-start");
        generate.setText("Generate the rest");
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(e -> {
            close();
            start.accept(mode.getValue() == null ? RegenerateMode.ONLY_THE_REST : mode.getValue());
        });
        cancel.setId("regenerate-cancel");
        add(intro, perOutput, mode, summaryNote);
        getFooter().add(cancel, generate);
    }

    private static Div line(Output output, StatusCounts counts) {
        Div line = new Div(output.label() + ": " + counts.edited() + " edited, " + counts.confirmed() + " confirmed; "
                + (counts.untranslated() + counts.machineDraft()) + " untranslated or machine drafts");
        line.getElement().setAttribute("data-output", output.key());
        return line;
    }
}
