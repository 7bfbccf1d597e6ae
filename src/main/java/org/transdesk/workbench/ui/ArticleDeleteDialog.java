package org.transdesk.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import org.transdesk.article.ApprovedWork;
import org.transdesk.article.ArticleListing;

/** Deleting an archived article: the admin must say whether its approved versions and exports are kept or removed. */
class ArticleDeleteDialog extends Dialog {

    final RadioButtonGroup<ApprovedWork> approvedWork = new RadioButtonGroup<>();
    final Button delete;

    ArticleDeleteDialog(ArticleListing article, Consumer<ApprovedWork> confirmed) {
        setHeaderTitle(getTranslation("library.delete.heading"));
        approvedWork.setLabel(getTranslation("library.delete.approved-work"));
        approvedWork.setItems(ApprovedWork.values());
        approvedWork.setItemLabelGenerator(w -> getTranslation(w == ApprovedWork.KEEP ? "library.delete.keep" : "library.delete.remove"));
        approvedWork.setRequiredIndicatorVisible(true);
        delete = new Button(getTranslation("library.delete.confirm"), e -> {
            close();
            confirmed.accept(approvedWork.getValue());
        });
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        delete.setEnabled(false);
        approvedWork.addValueChangeListener(e -> delete.setEnabled(e.getValue() != null));
        add(new Paragraph(getTranslation("library.delete.text", article.title())), approvedWork);
        getFooter().add(new Button(getTranslation("library.delete.cancel"), e -> close()), delete);
    }
}
