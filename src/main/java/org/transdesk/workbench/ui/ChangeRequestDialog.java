package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.transdesk.article.Output;

/** A reviewer sends a draft back with a reason; an empty reason keeps the dialog open and says so. */
class ChangeRequestDialog extends Dialog {

    final TextArea reason = new TextArea(tr("change-request.reason"));
    final Button send = new Button(tr("workbench.request-changes"));

    ChangeRequestDialog(Output output, Consumer<String> request) {
        setHeaderTitle(tr("change-request.title", Words.output(output)));
        setWidth("min(36rem, 95vw)");
        reason.setId("change-reason-input");
        reason.setWidthFull();
        reason.setManualValidation(true);
        reason.setRequiredIndicatorVisible(true);
        send.setId("change-request-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            if (!Reasons.accept(reason, "change-request.empty")) {
                return;
            }
            close();
            request.accept(reason.getValue());
        });
        add(reason);
        getFooter().add(new Button(tr("dialog.cancel"), e -> close()), send);
    }
}
