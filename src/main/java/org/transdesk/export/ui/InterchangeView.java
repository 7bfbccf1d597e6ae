package org.transdesk.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Messages;
import org.transdesk.base.ui.Toasts;
import org.transdesk.base.ui.Uploads;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.export.ExportedFile;
import org.transdesk.export.XliffImportResult;
import org.transdesk.export.XliffImportService;
import org.transdesk.export.XliffMerge;
import org.transdesk.export.XliffResolution;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * Downloads of an article's approved outputs in every format, the ZIP bundle, and the way back
 * from a CAT tool: upload an edited XLIFF file to turn its changed targets into draft revisions.
 */
@Route("articles/:articleId/interchange")
@PermitAll
public class InterchangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ApprovalService approval;
    private final ExportService exports;
    private final XliffImportService xliff;

    private final Outputs outputs;
    private final org.transdesk.review.DraftService drafts;
    private final long maxUploadBytes;

    public InterchangeView(ArticleService articles, ApprovalService approval, ExportService exports, XliffImportService xliff, Outputs outputs,
                           org.transdesk.review.DraftService drafts,
                           @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:8MB}")
                           org.springframework.util.unit.DataSize maxUpload) {
        this.maxUploadBytes = maxUpload.toBytes();
        this.outputs = outputs;
        this.drafts = drafts;
        this.articles = articles;
        this.approval = approval;
        this.exports = exports;
        this.xliff = xliff;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Article article;
        try {
            article = articles.get(Long.parseLong(event.getRouteParameters().get("articleId").orElse("")));
        } catch (NumberFormatException | UserFacingException e) {
            event.forwardTo("");
            return;
        }
        removeAll();
        add(new H1(article.title()), new Anchor("articles/" + article.id(), getTranslation("interchange.back")));
        boolean editor = CurrentUser.hasRole(Roles.EDITOR);
        boolean anyApproved = false;
        for (Output output : outputs.withStored(drafts.drafts(article.id()).keySet())) {
            var latest = approval.latestApproved(article.id(), output);
            add(new H2(org.transdesk.article.ui.OutputNames.of(output)));
            if (latest.isEmpty()) {
                add(new Paragraph(getTranslation("interchange.no-version")));
                continue;
            }
            anyApproved = true;
            add(new Paragraph(getTranslation("interchange.version", latest.get().number(), latest.get().approvedBy())));
            if (editor) {
                add(downloads(article, output, latest.get()));
            }
        }
        if (editor && anyApproved) {
            Anchor bundle = download(getTranslation("interchange.bundle.link"), () -> exports.exportBundle(article.id()));
            bundle.setId("download-bundle");
            add(new H2(getTranslation("interchange.bundle")), bundle);
        }
        if (editor) {
            add(new H2(getTranslation("interchange.xliff.heading")), new Paragraph(getTranslation("interchange.xliff.text")), xliffUpload(article));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interchange.page-title");
    }

    private HorizontalLayout downloads(Article article, Output output, ApprovedVersion version) {
        HorizontalLayout links = new HorizontalLayout();
        for (ExportFormat format : ExportFormat.values()) {
            if (format.translationOnly() && !output.isTranslation()) {
                continue;
            }
            String label = format.xliffVersion() == null ? "." + format.extension() : "XLIFF " + format.xliffVersion(); // file names: the same in every language
            Anchor link = download(label, () -> exports.export(article.id(), output, format));
            link.setId("download-" + output.key() + "-" + format.key());
            // named in words for a screen reader ("Download Vietnamese as Markdown (.md)"), the short text still in it
            String what = format.xliffVersion() == null ? Messages.tr("export.format." + format.name()) + " (" + label + ")" : label;
            link.getElement().setAttribute("aria-label", Messages.tr("export.download", org.transdesk.article.ui.OutputNames.of(output), what));
            links.add(link);
        }
        return links;
    }

    private static Anchor download(String label, Supplier<ExportedFile> export) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportedFile file = export.get();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(), file.content().length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private Upload xliffUpload(Article article) {
        Upload[] upload = new Upload[1];
        upload[0] = Uploads.bounded(maxUploadBytes, (fileName, bytes) -> {
            upload[0].clearFileList();
            try {
                XliffMerge merge = xliff.preview(article.id(), null, bytes);
                XliffMergeDialog[] dialog = new XliffMergeDialog[1];
                dialog[0] = new XliffMergeDialog(merge, resolutions -> apply(article, bytes, merge, resolutions, dialog[0]));
                dialog[0].open();
            } catch (UserFacingException ex) {
                error(ex);
            }
        }, Toasts::error, ".xlf", ".xliff", "application/xliff+xml");
        upload[0].setId("xliff-upload");
        return upload[0];
    }

    private void apply(Article article, byte[] bytes, XliffMerge merge, List<XliffResolution> resolutions, XliffMergeDialog dialog) {
        try {
            XliffImportResult result = xliff.apply(article.id(), merge.output(), bytes, merge, resolutions);
            dialog.close();
            String notes = result.notesAdded() == 0 ? "" : getTranslation("interchange.xliff.notes", result.notesAdded());
            Notification.show((result.changedPositions().isEmpty() ? getTranslation("interchange.xliff.unchanged")
                    : getTranslation("interchange.xliff.updated", result.changedPositions().size(), org.transdesk.article.ui.OutputNames.of(result.output()))) + notes)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (UserFacingException ex) {
            error(ex);
        }
    }

    private static void error(UserFacingException ex) {
        Notification.show(org.transdesk.base.ui.Failures.say(ex), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
