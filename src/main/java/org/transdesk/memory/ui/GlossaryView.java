package org.transdesk.memory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Toasts;
import org.transdesk.base.ui.Uploads;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.article.ui.OutputNames;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.LearningReport;
import org.transdesk.memory.MemoryLearning;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.security.Roles;

/**
 * REVIEWER and ADMIN: the glossary (create, edit, delete terms; CSV and TBX import and export) and the
 * translation memory as TMX (import and export), and what the latest approvals taught the memory. The
 * services check the roles again.
 */
@Route("glossary")
@Menu(order = 60, title = "Glossary & memory")
@RolesAllowed(Roles.REVIEWER_ROLE)
public class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    static final String SOURCE_LANG = "en";

    private final Glossary glossary;
    final Grid<GlossaryTerm> grid = new Grid<>();
    final TextField term = new TextField(getTranslation("glossary.term.source", SOURCE_LANG));
    /** One box per configured translation language ({@code transdesk.outputs.translations}), in that order. */
    final Map<String, TextField> renderingFields = new LinkedHashMap<>();
    final TextField note = new TextField(getTranslation("glossary.note"));
    final Checkbox doNotTranslate = new Checkbox(getTranslation("glossary.do-not-translate"));
    final Checkbox caseSensitive = new Checkbox(getTranslation("glossary.case-sensitive"));
    final Button save = new Button(getTranslation("glossary.save"));
    final Button newTerm = new Button(getTranslation("glossary.new"));
    final Button delete = new Button(getTranslation("glossary.delete"));
    final TextField filter = new TextField();
    private GlossaryTerm editing;

    final Grid<LearningReport> learned = new Grid<>();

    public GlossaryView(Glossary glossary, TranslationMemory memory, MemoryLearning learning, Outputs outputs,
                       @Value("${spring.servlet.multipart.max-file-size:8MB}") DataSize maxUpload) {
        this.glossary = glossary;
        // each box in the language of what it holds, for screen readers and spell checkers
        term.getElement().setAttribute("lang", SOURCE_LANG);
        grid.addColumn(GlossaryTerm::term).setHeader(getTranslation("glossary.term")).setAutoWidth(true);
        for (Output translation : outputs.translations()) {
            String lang = translation.language();
            String name = OutputNames.of(translation);
            TextField field = new TextField(name);
            field.getElement().setAttribute("lang", lang);
            renderingFields.put(lang, field);
            grid.addColumn(t -> t.renderings().getOrDefault(lang, "")).setKey("rendering-" + lang).setHeader(name);
        }
        grid.addColumn(t -> t.doNotTranslate() ? getTranslation("glossary.flag.do-not-translate") : "").setHeader(getTranslation("glossary.flag"));
        grid.addColumn(t -> t.note() == null ? "" : t.note()).setHeader(getTranslation("glossary.note"));
        grid.setHeight("22em");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> act(() -> {
            GlossaryTerm saved = glossary.save(new GlossaryTerm(editing == null ? 0 : editing.id(), SOURCE_LANG, term.getValue(),
                    renderings(), note.getValue(), doNotTranslate.getValue(), caseSensitive.getValue()));
            refresh();
            grid.select(saved);
            return getTranslation("glossary.saved", saved.term());
        }));
        newTerm.addClickListener(e -> grid.deselectAll());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> act(() -> {
            glossary.delete(editing);
            String gone = editing.term();
            refresh();
            return getTranslation("glossary.deleted", gone);
        }));

        long maxBytes = maxUpload.toBytes();
        Upload csvUpload = upload(maxBytes, new String[] {".csv", "text/csv"}, bytes -> getTranslation("glossary.imported", glossary.importCsv(bytes, SOURCE_LANG)));
        Upload tbxUpload = upload(maxBytes, new String[] {".tbx", "application/x-tbx+xml"}, bytes -> getTranslation("glossary.imported", glossary.importTbx(bytes, SOURCE_LANG)));
        Anchor tbxDownload = download(getTranslation("glossary.download-tbx"), "glossary.tbx", "application/x-tbx+xml", () -> glossary.exportTbx(SOURCE_LANG));
        Upload tmxUpload = upload(maxBytes, new String[] {".tmx", "application/x-tmx+xml"}, bytes -> memory.importTmxFile(bytes, SOURCE_LANG, "upload.tmx").summary());
        Anchor csvDownload = download(getTranslation("glossary.download-csv"), "glossary.csv", "text/csv; charset=utf-8",
                () -> glossary.exportCsv(SOURCE_LANG, false).getBytes(StandardCharsets.UTF_8));
        Anchor excelDownload = download(getTranslation("glossary.download-excel"), "glossary-excel.csv", "text/csv; charset=utf-8",
                () -> glossary.exportCsv(SOURCE_LANG, true).getBytes(StandardCharsets.UTF_8));
        Anchor tmxDownload = download(getTranslation("glossary.download-tmx"), "translation-memory.tmx", "application/x-tmx+xml",
                () -> memory.exportTmx(SOURCE_LANG));

        filter.setPlaceholder(getTranslation("glossary.find"));
        filter.setAriaLabel(getTranslation("glossary.find"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        add(new H1(getTranslation("glossary.heading")), filter, grid,
                boxes(), new HorizontalLayout(doNotTranslate, caseSensitive),
                new HorizontalLayout(save, newTerm, delete),
                new H2(getTranslation("glossary.import-export")), new HorizontalLayout(csvUpload, csvDownload, excelDownload), new HorizontalLayout(tbxUpload, tbxDownload),
                new H2(getTranslation("glossary.memory")), new HorizontalLayout(tmxUpload, tmxDownload),
                new H2(getTranslation("glossary.learned")), learned);
        learned.addColumn(r -> "#" + r.articleId() + " " + r.output() + " v" + r.version()).setHeader(getTranslation("glossary.learned.version")).setAutoWidth(true);
        learned.addColumn(LearningReport::approvedBy).setHeader(getTranslation("glossary.learned.by")).setAutoWidth(true);
        learned.addColumn(r -> r.summary(getLocale())).setHeader(getTranslation("glossary.learned.what")).setFlexGrow(4);
        learned.setItems(learning.recent(20));
        learned.setAllRowsVisible(true);
        refresh();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.page-title");
    }

    private HorizontalLayout boxes() {
        HorizontalLayout boxes = new HorizontalLayout(term);
        renderingFields.values().forEach(boxes::add);
        boxes.add(note);
        boxes.setWrap(true);
        return boxes;
    }

    /** The boxes' renderings over the term's own: a language no longer configured keeps its rendering. */
    private Map<String, String> renderings() {
        Map<String, String> r = new LinkedHashMap<>(editing == null ? Map.of() : editing.renderings());
        renderingFields.forEach((lang, field) -> r.put(lang, field.getValue()));
        return r;
    }

    private void edit(GlossaryTerm t) {
        editing = t;
        term.setValue(t == null ? "" : t.term());
        renderingFields.forEach((lang, field) -> field.setValue(t == null ? "" : t.renderings().getOrDefault(lang, "")));
        note.setValue(t == null || t.note() == null ? "" : t.note());
        doNotTranslate.setValue(t != null && t.doNotTranslate());
        caseSensitive.setValue(t != null && t.caseSensitive());
        delete.setEnabled(t != null);
    }

    private void refresh() {
        grid.setItems(filter.getValue().isBlank() ? glossary.all(SOURCE_LANG) : glossary.search(filter.getValue(), SOURCE_LANG, 500));
    }

    private Upload upload(long maxBytes, String[] accepted, java.util.function.Function<byte[], String> action) {
        return Uploads.bounded(maxBytes, (fileName, bytes) -> act(() -> {
            String message = action.apply(bytes);
            refresh();
            return message;
        }), Toasts::error, accepted);
    }

    private static Anchor download(String label, String fileName, String mediaType, java.util.function.Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void act(java.util.function.Supplier<String> action) {
        try {
            Notification.show(action.get()).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (UserFacingException ex) {
            Notification n = Notification.show(org.transdesk.base.ui.Failures.say(ex), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
