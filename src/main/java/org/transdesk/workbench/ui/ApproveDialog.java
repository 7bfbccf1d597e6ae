package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.ui.FindingTexts;

/**
 * QA found errors: the reviewer can still approve, but only with a written reason, stored with the
 * version; an empty or blank reason keeps the dialog open with the error on the field.
 */
class ApproveDialog extends Dialog {

    final TextArea reason = new TextArea(tr("approve.reason"));
    final Button approve = new Button(tr("approve.override"));

    ApproveDialog(Output output, List<QaFinding> errors, Consumer<String> approveWithReason) {
        setHeaderTitle(tr("approve.title", Words.output(output)));
        setWidth("min(40rem, 95vw)");
        QaFindingsList list = new QaFindingsList();
        list.show(errors.stream().map(f -> new QaFinding(f.check(), f.severity(),
                (f.segment() < 0 ? tr("approve.whole-output") : tr("approve.paragraph", f.segment())) + " " + FindingTexts.message(f), f.segment(), -1, -1)).toList(), null);
        reason.setWidthFull();
        reason.setId("override-reason");
        reason.setManualValidation(true);
        reason.setRequiredIndicatorVisible(true);
        approve.setId("approve-override");
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        approve.addClickListener(e -> {
            if (!Reasons.accept(reason, "approve.empty")) {
                return;
            }
            close();
            approveWithReason.accept(reason.getValue());
        });
        add(new Paragraph(tr("approve.explanation")),
                list, reason);
        getFooter().add(new Button(tr("dialog.cancel"), e -> close()), approve);
    }
}
