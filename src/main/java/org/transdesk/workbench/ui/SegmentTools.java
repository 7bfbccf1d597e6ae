package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.ParagraphStatus;

/**
 * Under each paragraph editor: its QA findings (as the box's description), and the buttons for its history, comments
 * and paragraph tools. As in CAT tools, the buttons are made for the paragraph being worked on (its box had the focus)
 * and for a paragraph with comment threads (its count is seen at a glance), not for all of them: on a long article they
 * were a third of what an open workbench holds (issue #15); without buttons this is not on the page at all. The
 * findings are there for every paragraph that has any, as its box's helper.
 */
class SegmentTools {

    /** What the buttons do. */
    interface Actions {
        void history();

        void comments();

        void paragraphTools();

        void confirm();
    }

    final QaFindingsList findings = new QaFindingsList();
    /** The buttons, while {@link #buttonsShown()}; null otherwise. */
    Button history;
    Button comments;
    Button paragraphTools;
    Button confirm;
    private Div buttons;
    private final SegmentEditor editor;
    private final Actions actions;
    private boolean active;
    private boolean confirmOffered;
    private int openComments;
    private int totalComments;
    /** What {@link #findings} shows, to show it again with or without its buttons when the paragraph is (no longer) worked on. */
    private List<QaFinding> found = List.of();
    private List<FindingDismissal> dismissals = List.of();
    private String text;

    SegmentTools(SegmentEditor editor, Actions actions) {
        this.editor = editor;
        this.actions = actions;
        // the findings are the box's helper: the text area points at them with aria-describedby, so a
        // screen reader reads them with the paragraph, and they sit right under the text they are about
        findings.setId("qa-findings-" + editor.output().key() + "-" + editor.position());
    }

    /** This is (or no longer is) the paragraph being worked on: its buttons are made or let go. */
    void active(boolean active) {
        boolean changed = this.active != active;
        this.active = active;
        showButtons();
        if (changed && showsFindings()) {
            showFindings(found, dismissals, text);
        }
    }

    boolean buttonsShown() {
        return buttons != null;
    }

    /** Confirm is offered to editors for a paragraph with text that is not confirmed yet. */
    void showConfirm(boolean editor, ParagraphStatus status) {
        confirmOffered = editor && status != null && status != ParagraphStatus.UNTRANSLATED && status != ParagraphStatus.CONFIRMED;
        if (confirm != null) {
            confirm.setVisible(confirmOffered);
        }
    }

    /**
     * The findings become the box's helper while there are any (or dismissed ones behind their toggle); else the box has
     * none. Under the paragraph being worked on they are lines with their buttons ({@link #findings}); under any other,
     * inert text in one element ({@link QaFindingsList#inert}).
     */
    void showFindings(List<QaFinding> found, List<FindingDismissal> dismissals, String text) {
        this.found = found;
        this.dismissals = dismissals;
        this.text = text;
        boolean any = !found.isEmpty() || dismissals.stream().anyMatch(FindingDismissal::dismissed);
        com.vaadin.flow.component.Component helper = null;
        if (any && active) {
            findings.show(found, dismissals, text);
            helper = findings;
        } else if (any) {
            helper = QaFindingsList.inert(found, dismissals, text);
            helper.setId(findings.getId().orElseThrow());
        }
        if (helper != editor.area.getHelperComponent()) {
            editor.area.setHelperComponent(helper);
        }
    }

    /** Whether the paragraph's box shows findings (as its helper). */
    boolean showsFindings() {
        return editor.area.getHelperComponent() != null;
    }

    void showCommentCount(int open, int total) {
        openComments = open;
        totalComments = total;
        showButtons();
        if (comments != null) {
            comments.setText(commentsText());
        }
    }

    private String commentsText() {
        return totalComments == 0 ? tr("workbench.comment") : tr("workbench.comments.count", openComments, totalComments);
    }

    private void showButtons() {
        boolean wanted = active || totalComments > 0;
        if (wanted && buttons == null) {
            makeButtons();
            editor.add(buttons);
        } else if (!wanted && buttons != null) {
            editor.remove(buttons);
            buttons = null;
            history = comments = paragraphTools = confirm = null;
        }
    }

    private void makeButtons() {
        confirm = new Button(tr("workbench.confirm"), e -> actions.confirm());
        history = new Button(tr("workbench.history"), e -> actions.history());
        comments = new Button(commentsText(), e -> actions.comments());
        paragraphTools = new Button(tr("workbench.tools"), e -> actions.paragraphTools());
        String output = editor.output().key();
        String position = String.valueOf(editor.position());
        for (Button b : List.of(confirm, history, comments, paragraphTools)) {
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            b.getElement().setAttribute("data-output", output);
            b.getElement().setAttribute("data-position", position);
        }
        confirm.addClassName("confirm-button");
        confirm.getElement().setAttribute("title", tr("workbench.confirm.hint"));
        confirm.setVisible(confirmOffered);
        history.addClassName("history-button");
        comments.addClassName("comments-button");
        paragraphTools.addClassName("paragraph-tools-button");
        paragraphTools.getElement().setAttribute("title", tr("workbench.tools.hint"));
        buttons = new Div(confirm, history, comments, paragraphTools);
        buttons.addClassNames("segment-meta", "segment-tools");
    }

    SegmentEditor editor() {
        return editor;
    }
}
