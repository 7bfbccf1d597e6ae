package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.transdesk.article.Output;

/**
 * "Outputs of this article": a checkbox per configured output, ticked for those the article has. An editor may tick
 * more; only a reviewer may untick one (the server checks it too), so for an editor the ticked ones are greyed.
 */
class ArticleOutputsDialog extends Dialog {

    final CheckboxGroup<Output> outputs = new CheckboxGroup<>();
    final Button save = new Button(tr("article-outputs.save"));

    ArticleOutputsDialog(List<Output> configured, List<Output> articles, boolean mayDrop, Consumer<Set<Output>> change) {
        setHeaderTitle(tr("article-outputs.title"));
        setWidth("min(32rem, 95vw)");
        outputs.setId("article-outputs");
        outputs.setLabel(tr("article-outputs.label"));
        outputs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        outputs.setItems(configured);
        outputs.setItemLabelGenerator(Words::output);
        outputs.setValue(new LinkedHashSet<>(articles));
        outputs.setItemEnabledProvider(o -> mayDrop || !articles.contains(o));
        save.setId("article-outputs-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            close();
            change.accept(outputs.getValue());
        });
        add(new Paragraph(tr(mayDrop ? "article-outputs.explanation" : "article-outputs.explanation-editor")), outputs);
        getFooter().add(new Button(tr("dialog.cancel"), e -> close()), save);
    }
}
