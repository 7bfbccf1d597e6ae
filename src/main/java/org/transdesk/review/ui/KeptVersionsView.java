package org.transdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.transdesk.base.ui.Messages;
import org.transdesk.review.KeptVersion;
import org.transdesk.review.KeptVersions;
import org.transdesk.security.Roles;

/**
 * ADMIN: the approved versions kept when their article was deleted (#15): which article, output and version, who
 * approved it and when, the SHA-256 stored with it; each can be read here or downloaded as a text file.
 */
@Route("admin/kept-versions")
@Menu(order = 93, title = "Kept versions")
@RolesAllowed(Roles.ADMIN_ROLE)
public class KeptVersionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<KeptVersion> grid = new Grid<>(KeptVersion.class, false);
    private final KeptVersions kept;

    public KeptVersionsView(KeptVersions kept) {
        this.kept = kept;
        setSizeFull();
        List<KeptVersion> versions = kept.ofDeletedArticles();
        Paragraph intro = new Paragraph(getTranslation(versions.isEmpty() ? "kept-versions.none" : "kept-versions.intro"));
        intro.setId("kept-versions-intro");
        grid.setId("kept-versions");
        grid.setAriaLabel(getTranslation("kept-versions.heading"));
        grid.addColumn(KeptVersion::articleTitle).setHeader(getTranslation("kept-versions.article")).setFlexGrow(3)
                .setTooltipGenerator(KeptVersion::articleTitle);
        grid.addColumn(v -> Messages.dateTime(v.deletedAt())).setHeader(getTranslation("kept-versions.deleted")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("output." + v.outputKey())).setHeader(getTranslation("kept-versions.output")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("kept-versions.number", v.number())).setHeader(getTranslation("kept-versions.version")).setAutoWidth(true);
        grid.addColumn(KeptVersion::approvedBy).setHeader(getTranslation("kept-versions.approved-by")).setAutoWidth(true);
        grid.addColumn(v -> Messages.dateTime(v.approvedAt())).setHeader(getTranslation("kept-versions.approved-at")).setAutoWidth(true);
        grid.addComponentColumn(KeptVersionsView::hash).setHeader(getTranslation("kept-versions.sha256")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("kept-versions.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(versions);
        grid.setVisible(!versions.isEmpty());
        grid.setSizeFull();
        add(new H1(getTranslation("kept-versions.heading")), intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kept-versions.page-title");
    }

    /** The first 12 hex digits, the whole hash on hover and for a screen reader. */
    private static Component hash(KeptVersion v) {
        Span hash = new Span(v.sha256() == null ? "" : v.sha256().substring(0, Math.min(12, v.sha256().length())) + "…");
        hash.addClassName("kept-version-hash");
        if (v.sha256() != null) {
            hash.getElement().setAttribute("title", v.sha256());
            hash.getElement().setAttribute("aria-label", v.sha256());
        }
        return hash;
    }

    private Component actions(KeptVersion v) {
        Button view = new Button(getTranslation("kept-versions.view"), e -> open(v));
        view.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        view.setId("kept-view-" + v.versionId());
        view.setAriaLabel(getTranslation("kept-versions.view.label", label(v)));
        Anchor download = download(v, "kept-download-");
        HorizontalLayout actions = new HorizontalLayout(view, download);
        actions.setAlignItems(Alignment.CENTER);
        actions.setSpacing(true);
        return actions;
    }

    private Anchor download(KeptVersion v, String idPrefix) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] text = KeptVersions.text(kept.paragraphs(v.versionId()).orElseThrow()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), fileName(v), "text/plain;charset=UTF-8", text.length);
        }), getTranslation("kept-versions.download"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("kept-versions.download.label", label(v)));
        download.setId(idPrefix + v.versionId());
        return download;
    }

    /** "Vietnamese v2 of “Bridge to open next spring”" */
    private String label(KeptVersion v) {
        return getTranslation("kept-versions.which", getTranslation("output." + v.outputKey()), v.number(), v.articleTitle());
    }

    static String fileName(KeptVersion v) {
        return v.articleSlug() + "." + v.outputKey() + ".v" + v.number() + ".txt";
    }

    /** The version's text, paragraph by paragraph, marked with its language; its hash and a download under it. */
    void open(KeptVersion v) {
        Dialog dialog = new Dialog();
        dialog.setId("kept-version-dialog");
        dialog.setHeaderTitle(label(v));
        dialog.setWidth("min(48rem, 95vw)");
        Div text = new Div();
        text.setId("kept-version-text");
        text.addClassName("kept-version-text");
        text.getElement().setAttribute("lang", v.language());
        kept.paragraphs(v.versionId()).orElse(List.of()).forEach(p -> text.add(new Paragraph(p)));
        Paragraph meta = new Paragraph(getTranslation("kept-versions.meta", v.approvedBy(), Messages.dateTime(v.approvedAt()), v.sha256()));
        meta.addClassName("kept-version-meta");
        dialog.add(text, meta);
        dialog.getFooter().add(download(v, "kept-dialog-download-"), new Button(getTranslation("dialog.close"), e -> dialog.close()));
        dialog.open();
    }
}
