package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.ParagraphStatus;

/** Under each paragraph editor: its QA findings, and the buttons for its history, comments and paragraph tools. */
class SegmentTools extends Div {

    final QaFindingsList findings = new QaFindingsList();
    final Button history = new Button(tr("workbench.history"));
    final Button comments = new Button(tr("workbench.comments"));
    final Button paragraphTools = new Button(tr("workbench.tools"));
    final Button confirm = new Button(tr("workbench.confirm"));

    SegmentTools(SegmentEditor editor) {
        addClassName("segment-tools");
        String output = editor.output().key();
        String position = String.valueOf(editor.position());
        for (Button b : List.of(confirm, history, comments, paragraphTools)) {
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            b.getElement().setAttribute("data-output", output);
            b.getElement().setAttribute("data-position", position);
        }
        confirm.addClassName("confirm-button");
        confirm.getElement().setAttribute("title", tr("workbench.confirm.hint"));
        history.addClassName("history-button");
        comments.addClassName("comments-button");
        paragraphTools.addClassName("paragraph-tools-button");
        paragraphTools.getElement().setAttribute("title", tr("workbench.tools.hint"));
        Div buttons = new Div(confirm, history, comments, paragraphTools);
        buttons.addClassName("segment-meta");
        add(findings, buttons);
    }

    /** Confirm is offered to editors for a paragraph with text that is not confirmed yet. */
    void showConfirm(boolean editor, ParagraphStatus status) {
        confirm.setVisible(editor && status != null && status != ParagraphStatus.UNTRANSLATED && status != ParagraphStatus.CONFIRMED);
    }

    void showFindings(List<QaFinding> found, List<FindingDismissal> dismissals, String text) {
        findings.show(found, dismissals, text);
    }

    void showCommentCount(int open, int total) {
        comments.setText(total == 0 ? tr("workbench.comment") : tr("workbench.comments.count", open, total));
    }
}
