package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Toasts;

/** An admin's buttons on a library row: archive an article in use; restore or delete an archived one. The service checks the role again. */
final class LibraryAdminActions {

    private final ArticleService articles;
    private final Runnable changed;

    LibraryAdminActions(ArticleService articles, Runnable changed) {
        this.articles = articles;
        this.changed = changed;
    }

    Component buttons(ArticleListing article) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (article.archived()) {
            buttons.add(button("library.restore", "library.restore.named", article, () -> {
                articles.restore(article.id());
                done("library.restored", article);
            }));
            Button delete = button("library.delete", "library.delete.named", article, () -> new ArticleDeleteDialog(article, work -> {
                articles.delete(article.id(), work);
                done("library.deleted", article);
            }).open());
            delete.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(delete);
        } else {
            buttons.add(button("library.archive", "library.archive.named", article, () -> {
                articles.archive(article.id());
                done("library.archived-one", article);
            }));
        }
        return buttons;
    }

    private Button button(String key, String namedKey, ArticleListing article, Runnable action) {
        Button b = new Button(tr(key), e -> {
            try {
                action.run();
            } catch (UserFacingException refused) {
                Toasts.error(org.transdesk.base.ui.Failures.say(refused));
            }
        });
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        b.setAriaLabel(tr(namedKey, article.title()));
        return b;
    }

    private void done(String key, ArticleListing article) {
        Toasts.success(tr(key, article.title()));
        changed.run();
    }

}
