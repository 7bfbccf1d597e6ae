package org.transdesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.ImportSettings;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.Roles;

/** Paste an article or upload a .txt / .md file; on success the editor lands in the workbench. */
@Route("import")
@PageTitle("Import · Transdesk")
@Menu(order = 20, title = "Import article")
@RolesAllowed(Roles.EDITOR_ROLE)
public class ImportView extends VerticalLayout {

    private final ArticleService articles;
    final TextArea text = new TextArea("Article text");
    final Button importText = new Button("Import text");
    final Upload upload;

    public ImportView(ArticleService articles, ImportSettings settings) {
        this.articles = articles;
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setHelperText("First line: the title, or \"date YYYY-MM-DD Title\". Then one paragraph per line or per blank-line block.");
        importText.addThemeVariants(ButtonVariant.PRIMARY);
        importText.setId("import-text");
        importText.addClickListener(e -> run(UI.getCurrent(), () -> articles.importText(text.getValue())));

        // upload callbacks run on the upload request, not necessarily holding the UI lock: hop back via access()
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload().getUI().orElseThrow();
            ui.access(() -> run(ui, () -> articles.importFile(meta.fileName(), bytes)));
        }));
        upload.setId("article-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".txt", ".md", "text/plain", "text/markdown");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxBytes()));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage() + " — files must be .txt or .md and at most "
                + settings.maxBytes() / 1024 + " KB."));

        add(new H2("Import an article"),
                new H3("Upload a file"), new Paragraph(".txt or .md, UTF-8."), upload,
                new H3("Or paste the text"), text, importText);
    }

    private Upload upload() {
        return upload;
    }

    private void run(UI ui, java.util.function.Supplier<Article> action) {
        try {
            Article article = action.get();
            ui.navigate("articles/" + article.id());
            Notification.show("Imported \"" + article.title() + "\" with " + article.paragraphs().size() + " paragraphs")
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (UserFacingException ex) {
            error(ex.getMessage());
        }
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
