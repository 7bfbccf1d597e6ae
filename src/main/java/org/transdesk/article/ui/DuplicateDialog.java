package org.transdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.transdesk.article.ArticleListing;
import org.transdesk.base.ui.Messages;

/** The library already holds a like article: the editor opens it or imports this one as a new article. */
class DuplicateDialog extends Dialog {

    final Button openExisting;
    final Button importAsNew;

    DuplicateDialog(ArticleListing existing, Runnable open, Runnable importAnyway) {
        setHeaderTitle(getTranslation("import.duplicate.heading"));
        add(new Paragraph(getTranslation("import.duplicate.text", existing.title(),
                existing.publishedOn() == null ? getTranslation("import.duplicate.no-date") : Messages.date(existing.publishedOn()),
                existing.createdBy())));
        openExisting = new Button(getTranslation("import.duplicate.open"), e -> {
            close();
            open.run();
        });
        openExisting.addThemeVariants(ButtonVariant.PRIMARY);
        importAsNew = new Button(getTranslation("import.duplicate.import"), e -> {
            close();
            importAnyway.run();
        });
        Button cancel = new Button(getTranslation("import.duplicate.cancel"), e -> close());
        getFooter().add(cancel, importAsNew, openExisting);
    }
}
