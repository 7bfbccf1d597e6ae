package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.transdesk.base.ui.Failures;
import org.transdesk.review.EditConflictException;

/**
 * Someone else saved the paragraph first. Shows both texts; the editor keeps theirs, keeps their
 * own, or merges by hand in the box. Nothing is lost whichever they pick.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(EditConflictException conflict, Consumer<String> keep, Runnable takeTheirs) {
        setHeaderTitle(tr("conflict.title"));
        TextArea merged = new TextArea(tr("conflict.yours"));
        merged.setValue(conflict.yourText());
        merged.setWidthFull();
        Div theirs = new Div(conflict.theirText());
        theirs.addClassName("conflict-text");
        add(new Paragraph(Failures.say(conflict)),
                new H4(tr("conflict.saved-by", conflict.theirAuthor(), conflict.theirRevision())), theirs,
                new H4(tr("conflict.diff")), new DiffView(conflict.theirText(), conflict.yourText()), merged);
        Button keepMine = new Button(tr("conflict.keep-mine"), e -> {
            close();
            keep.accept(merged.getValue());
        });
        keepMine.addThemeVariants(ButtonVariant.PRIMARY);
        Button reload = new Button(tr("conflict.take-theirs"), e -> {
            close();
            takeTheirs.run();
        });
        getFooter().add(reload, keepMine);
        setWidth("min(48rem, 95vw)");
    }
}
