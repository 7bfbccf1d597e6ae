package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
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
    final Button generate = new Button(tr("regenerate.generate-rest"));
    final Button cancel = new Button(tr("dialog.cancel"), e -> close());

    RegenerateDialog(RegenerateQuestion question, Consumer<RegenerateMode> start) {
        setId("regenerate-dialog");
        setHeaderTitle(tr("regenerate.title"));
        setWidth("min(40rem, 95vw)");
        int human = question.humanWork();
        Paragraph intro = new Paragraph(tr("regenerate.intro", human));
        intro.setId("regenerate-count");
        Div perOutput = new Div();
        perOutput.addClassName("regenerate-counts");
        question.counts().forEach((output, counts) -> perOutput.add(line(output, counts)));

        mode.setLabel(tr("regenerate.mode"));
        mode.setItems(RegenerateMode.ONLY_THE_REST, RegenerateMode.REPLACE_ALL);
        mode.setItemLabelGenerator(m -> m == RegenerateMode.ONLY_THE_REST
                ? tr("regenerate.only-the-rest", question.rest(), human)
                : tr("regenerate.replace-all", human));
        mode.setValue(RegenerateMode.ONLY_THE_REST);
        mode.setRequired(true);
        mode.addClassName("regenerate-mode");
        mode.addValueChangeListener(e -> generate.setText(tr(e.getValue() == RegenerateMode.REPLACE_ALL ? "regenerate.replace-all.button" : "regenerate.generate-rest")));

        Span summaryNote = new Span(tr("regenerate.summary-note"));
        summaryNote.addClassName("engine-notice");
        summaryNote.setVisible(question.counts().entrySet().stream().anyMatch(e -> e.getKey().isSummary() && e.getValue().humanWork() > 0));

        generate.setId("regenerate-start");
        generate.setText(tr("regenerate.generate-rest"));
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
        Div line = new Div(Words.output(output) + ": " + tr("regenerate.counts", counts.edited(), counts.confirmed(),
                counts.untranslated() + counts.machineDraft()));
        line.getElement().setAttribute("data-output", output.key());
        return line;
    }
}
