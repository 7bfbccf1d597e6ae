package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.ui.FindingTexts;

/**
 * Dismissing one QA finding (a reviewer) or proposing it (an editor): the reason is required and kept
 * with the approved version; an empty reason keeps the dialog open and says so.
 */
class DismissFindingDialog extends Dialog {

    final TextArea reason = new TextArea(tr("qa.dismiss.reason"));
    final Button confirm;

    DismissFindingDialog(QaFinding finding, boolean reviewer, Consumer<String> dismiss) {
        setHeaderTitle(tr(reviewer ? "qa.dismiss.title" : "qa.dismiss.propose-title"));
        setWidth("min(36rem, 95vw)");
        confirm = new Button(tr(reviewer ? "qa.dismiss.confirm" : "qa.dismiss.propose-confirm"));
        reason.setId("dismiss-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setManualValidation(true);
        confirm.setId("dismiss-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(tr("qa.dismiss.reason-required"));
                return;
            }
            close();
            dismiss.accept(reason.getValue());
        });
        Paragraph what = new Paragraph(FindingTexts.message(finding));
        what.addClassName("qa-dismiss-finding");
        add(what, new Paragraph(tr(reviewer ? "qa.dismiss.explanation" : "qa.dismiss.propose-explanation")), reason);
        getFooter().add(new Button(tr("dialog.cancel"), e -> close()), confirm);
    }
}
