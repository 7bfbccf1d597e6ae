package org.transdesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.DuplicateArticleException;
import org.transdesk.article.Duplicates;
import org.transdesk.article.ImportSettings;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Uploads;
import org.transdesk.security.Roles;

/** Paste an article or upload a .txt, .md, .html, .docx or .zip file; on success the editor lands in the workbench (or the library for several). */
@Route("import")
@Menu(order = 20, title = "Import article")
@RolesAllowed(Roles.EDITOR_ROLE)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ArticleService articles;
    final TextArea text = new TextArea(getTranslation("import.text"));
    final Button importText = new Button(getTranslation("import.import-text"));
    final Upload upload;

    public ImportView(ArticleService articles, ImportSettings settings) {
        this.articles = articles;
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setHelperText(getTranslation("import.text.helper"));
        importText.addThemeVariants(ButtonVariant.PRIMARY);
        importText.setId("import-text");
        importText.addClickListener(e -> importPasted(UI.getCurrent(), Duplicates.REFUSE));

        // Word files and archives are compressed: the service checks the unpacked text itself
        long maxUpload = 8 * settings.maxBytes();
        upload = Uploads.bounded(maxUpload, (fileName, bytes) -> importUpload(UI.getCurrent(), fileName, bytes, Duplicates.REFUSE),
                ImportView::error, ".txt", ".md", ".html", ".htm", ".docx", ".zip", "text/plain", "text/markdown", "text/html",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip");
        upload.setId("article-upload");

        add(new H1(getTranslation("import.heading")),
                new H2(getTranslation("import.upload")), new Paragraph(getTranslation("import.upload.formats")), upload,
                new H2(getTranslation("import.paste")), text, importText);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title");
    }

    private void importPasted(UI ui, Duplicates duplicates) {
        String pasted = text.getValue();
        run(ui, () -> articles.importText(pasted, duplicates), () -> importPasted(ui, Duplicates.IMPORT_AS_NEW));
    }

    private void importUpload(UI ui, String fileName, byte[] bytes, Duplicates duplicates) {
        runBatch(ui, () -> articles.importFiles(fileName, bytes, duplicates), () -> importUpload(ui, fileName, bytes, Duplicates.IMPORT_AS_NEW));
    }

    /** The library holds a like article: nothing was stored; the editor chooses. */
    private void offerChoice(UI ui, DuplicateArticleException duplicate, Runnable importAnyway) {
        new DuplicateDialog(duplicate.existing(), () -> ui.navigate("articles/" + duplicate.existing().id()), importAnyway).open();
    }

    private void run(UI ui, java.util.function.Supplier<Article> action, Runnable importAnyway) {
        try {
            show(ui, action.get());
        } catch (DuplicateArticleException duplicate) {
            offerChoice(ui, duplicate, importAnyway);
        } catch (UserFacingException ex) {
            error(org.transdesk.base.ui.Failures.say(ex));
        }
    }

    private void show(UI ui, Article article) {
        ui.navigate("articles/" + article.id());
        Notification.show(ui.getTranslation("import.imported", article.title(), article.paragraphs().size()))
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void runBatch(UI ui, java.util.function.Supplier<java.util.List<Article>> action, Runnable importAnyway) {
        try {
            java.util.List<Article> imported = action.get();
            if (imported.size() == 1) {
                show(ui, imported.getFirst());
                return;
            }
            ui.navigate("");
            Notification.show(ui.getTranslation("import.imported-many", imported.size())).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DuplicateArticleException duplicate) {
            offerChoice(ui, duplicate, importAnyway);
        } catch (UserFacingException ex) {
            error(org.transdesk.base.ui.Failures.say(ex));
        }
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
