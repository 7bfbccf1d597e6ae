package org.transdesk.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;

/** QA found errors: the reviewer can still approve, but only with a written reason, stored with the version. */
class ApproveDialog extends Dialog {

    final TextArea reason = new TextArea("Why approve despite these errors?");
    final Button approve = new Button("Approve with override");

    ApproveDialog(Output output, List<QaFinding> errors, Consumer<String> approveWithReason) {
        setHeaderTitle("QA errors in the " + output.label() + " draft");
        setWidth("min(40rem, 95vw)");
        QaFindingsList list = new QaFindingsList();
        list.show(errors.stream().map(f -> new QaFinding(f.check(), f.severity(),
                (f.segment() < 0 ? "Whole output: " : "Paragraph " + f.segment() + ": ") + f.message(), f.segment(), -1, -1)).toList(), null);
        reason.setWidthFull();
        reason.setId("override-reason");
        approve.setId("approve-override");
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        approve.addClickListener(e -> {
            close();
            approveWithReason.accept(reason.getValue());
        });
        add(new Paragraph("Errors block approval. Fix them, or write why they do not matter; the reason is kept with the version."),
                list, reason);
        getFooter().add(new Button("Cancel", e -> close()), approve);
    }
}
