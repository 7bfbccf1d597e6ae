package org.transdesk.workbench.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.base.UserFacingException;
import org.transdesk.export.ExportService;
import org.transdesk.export.ExportedFile;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationRun;
import org.transdesk.generation.GenerationService;
import org.transdesk.llm.LanguageModels;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.DraftService;
import org.transdesk.review.EditConflictException;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.SegmentText;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * The side-by-side workbench: source paragraphs on the left, each chosen output beside them,
 * aligned segment by segment (the summary runs alongside as its own column). Generate, edit,
 * approve and export from here. Every action is checked again by the service behind it.
 */
@Route("articles/:articleId")
@PageTitle("Workbench · Transdesk")
@PermitAll
public class WorkbenchView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL = "all";

    private final ArticleService articles;
    private final ReviewDesk desk;
    private final DraftService drafts;
    private final GenerationService generation;
    private final ExportService exports;
    private final LanguageModels models;

    private Article article;
    private final Map<Output, OutputHeader> headers = new EnumMap<>(Output.class);
    private final Div grid = new Div();
    final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    final Button generate = new Button("Generate drafts");
    final Button cancel = new Button("Cancel");
    private GenerationRun run;
    private final ReviewPanels review;

    public WorkbenchView(ArticleService articles, ReviewDesk desk, GenerationService generation,
                         ExportService exports, LanguageModels models, ParagraphTools paragraphTools) {
        this.articles = articles;
        this.desk = desk;
        this.drafts = desk.drafts();
        this.generation = generation;
        this.exports = exports;
        this.models = models;
        this.review = new ReviewPanels(desk, this::act, this::paragraphChanged);
        review.onParagraphTools((editor, draft) -> paragraphTools.open(article, editor, draft, this::act));
        WorkbenchShortcuts.install(this, review, this::approveShortcut);
        setWidthFull();
        grid.addClassName("workbench-grid");
        show.setItems(ALL, Output.VI.key(), Output.RU.key(), Output.SUMMARY.key());
        show.setItemLabelGenerator(k -> ALL.equals(k) ? "All outputs" : Output.ofKey(k).orElseThrow().label());
        show.setValue(ALL);
        show.addValueChangeListener(e -> render());
        generate.setId("generate-all");
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(e -> askThenGenerate(EnumSet.allOf(Output.class)));
        cancel.setId("cancel-generation");
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            if (run != null) {
                run.cancel();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("articleId").orElse(""));
            article = articles.get(id);
        } catch (NumberFormatException | UserFacingException e) {
            event.forwardTo(LibraryView.class);
            Notification.show("That article does not exist.").addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        removeAll();
        H2 title = new H2(article.title());
        Span meta = new Span((article.publishedOn() == null ? "" : article.publishedOn() + " · ")
                + article.paragraphs().size() + " paragraphs · source " + article.sourceLanguage() + " · " + article.slug());
        meta.addClassName("engine-notice");
        generate.setVisible(CurrentUser.hasRole(Roles.EDITOR));
        Span keys = new Span(WorkbenchShortcuts.HELP);
        keys.addClassName("engine-notice");
        HorizontalLayout toolbar = new HorizontalLayout(generate, cancel, show,
                new Anchor("articles/" + article.id() + "/interchange", "Export formats & XLIFF"), keys);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(title, meta, toolbar, grid);
        render();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the run keeps going and stores its drafts; only this screen stops listening
        super.onDetach(event);
    }

    /** Rebuilds the grid from the database: source column plus one column per shown output. */
    void render() {
        grid.removeAll();
        headers.clear();
        Map<Output, Draft> all = drafts.drafts(article.id()); // one query for every draft with its segments
        review.reset(all);
        List<Output> shown = shownOutputs();
        Map<Output, Optional<Draft>> current = new EnumMap<>(Output.class);
        shown.forEach(o -> current.put(o, Optional.ofNullable(all.get(o))));
        List<Output> translations = shown.stream().filter(Output::isTranslation).toList();
        boolean summaryShown = shown.contains(Output.SUMMARY);
        grid.getStyle().set("--workbench-columns", String.valueOf(1 + shown.size()));

        Div sourceHeader = new Div(new Span("Source (" + article.sourceLanguage() + ")"));
        sourceHeader.addClassName("column-header");
        grid.add(sourceHeader);
        for (Output o : shown) {
            OutputHeader header = header(o, current.get(o));
            headers.put(o, header);
            grid.add(header);
        }
        List<String> source = article.segments();
        for (int i = 0; i < source.size(); i++) {
            Div cell = new Div(new Span(source.get(i)));
            cell.addClassNames("source-cell", i == 0 ? "headline" : "body");
            cell.getStyle().set("grid-column", "1");
            cell.getElement().setAttribute("lang", article.sourceLanguage());
            grid.add(cell);
            for (int c = 0; c < translations.size(); c++) {
                Div target = targetCell(translations.get(c), current.get(translations.get(c)), i);
                target.getStyle().set("grid-column", String.valueOf(2 + c));
                grid.add(target);
            }
        }
        if (summaryShown) {
            Div summary = summaryColumn(current.get(Output.SUMMARY));
            summary.getStyle().set("grid-column", String.valueOf(2 + translations.size()))
                    .set("grid-row", "2 / span " + source.size());
            grid.add(summary);
        }
    }

    private List<Output> shownOutputs() {
        String value = show.getValue();
        return ALL.equals(value) || value == null ? List.of(Output.values()) : List.of(Output.ofKey(value).orElseThrow());
    }

    private OutputHeader header(Output output, Optional<Draft> draft) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportedFile file = exports.exportMarkdown(article.id(), output);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(), file.content().length);
        }), "Download");
        download.getElement().setAttribute("download", true);
        var latest = desk.approval().latestApproved(article.id(), output);
        OutputHeader header = new OutputHeader(output, draft, latest,
                models.engineFor(output.key()), CurrentUser.hasRole(Roles.REVIEWER), CurrentUser.hasRole(Roles.EDITOR), download);
        header.add(review.status(output, draft, latest));
        draft.ifPresent(d -> {
            if (header.approve.isVisible() && desk.approval().fourEyesBlocksApproval(d.id())) {
                header.approve.setEnabled(false);
                header.approve.setTooltipText("Four-eyes rule: you edited this draft last, so another reviewer approves it");
            }
            header.approve.addClickListener(e -> review.approve(d, version ->
                    notifySuccess(output.label() + " approved as version " + version.number())));
            header.requestChanges.addClickListener(e -> askForChanges(d));
        });
        header.export.addClickListener(e -> act(() -> {
            ExportedFile file = exports.exportMarkdown(article.id(), output);
            notifySuccess("Exported version " + file.versionNumber() + " to " + file.path());
        }));
        return header;
    }

    private Div targetCell(Output output, Optional<Draft> draft, int position) {
        Optional<SegmentText> segment = draft.flatMap(d -> d.segments().stream().filter(s -> s.position() == position).findFirst());
        if (segment.isEmpty()) {
            Div empty = new Div(new Span(draft.isPresent() ? "—" : "Not generated yet"));
            empty.addClassNames("segment-cell", "engine-notice");
            return empty;
        }
        SegmentEditor editor = new SegmentEditor(output, segment.get(), CurrentUser.hasRole(Roles.EDITOR), (e, text, rev) -> save(draft.get(), e, text, rev));
        review.attach(editor, draft.get());
        return editor;
    }

    private Div summaryColumn(Optional<Draft> draft) {
        Div column = new Div();
        column.addClassName("summary-cell");
        if (draft.isEmpty() || draft.get().segments().isEmpty()) {
            column.add(new Span(draft.isPresent() ? "Empty summary" : "Not generated yet"));
            return column;
        }
        Draft d = draft.get();
        for (SegmentText s : d.segments()) {
            SegmentEditor editor = new SegmentEditor(Output.SUMMARY, s, CurrentUser.hasRole(Roles.EDITOR), (e, text, rev) -> save(d, e, text, rev));
            review.attach(editor, d);
            column.add(editor);
        }
        Span words = new Span(d.texts().stream().mapToInt(t -> t.isBlank() ? 0 : t.strip().split("\\s+").length).sum() + " words");
        words.addClassName("engine-notice");
        column.add(words);
        return column;
    }

    private SegmentText save(Draft draft, SegmentEditor editor, String text, int basedOnRevision) {
        try {
            SegmentText saved = desk.editing().editSegment(draft.id(), editor.position(), text, basedOnRevision);
            paragraphChanged(editor.output());
            return saved;
        } catch (EditConflictException conflict) {
            new ConflictDialog(conflict,
                    mine -> {
                        SegmentText again = save(draft, editor, mine, conflict.theirRevision());
                        if (again != null) {
                            editor.show(again);
                        }
                    },
                    () -> drafts.find(article.id(), editor.output()).flatMap(d -> d.segments().stream()
                            .filter(s -> s.position() == editor.position()).findFirst()).ifPresent(editor::show)).open();
            return null;
        } catch (UserFacingException e) {
            notifyError(e.getMessage());
            return null;
        }
    }

    /** A paragraph of the output changed: QA runs again and the column head shows the new state. */
    private void paragraphChanged(Output output) {
        review.refresh(output);
        refreshHeader(output);
    }

    private void approveShortcut(Output output) {
        if (CurrentUser.hasRole(Roles.REVIEWER)) {
            review.draftOf(output).ifPresent(d -> review.approve(d, version ->
                    notifySuccess(output.label() + " approved as version " + version.number())));
        }
    }

    private void refreshHeader(Output output) {
        OutputHeader old = headers.get(output);
        if (old == null) {
            return;
        }
        OutputHeader fresh = header(output, drafts.find(article.id(), output));
        grid.replace(old, fresh);
        headers.put(output, fresh);
    }

    private void askForChanges(Draft draft) {
        TextArea reason = new TextArea("What should change?");
        reason.setId("change-reason-input");
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Request changes to the " + draft.output().label() + " draft");
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setConfirmText("Request changes");
        dialog.addConfirmListener(e -> act(() -> {
            desk.approval().requestChanges(draft.id(), reason.getValue());
            notifySuccess("Changes requested");
        }));
        dialog.open();
    }

    /**
     * When people edited or confirmed paragraphs, asks first: "Only the rest" (the default) keeps
     * them, "Replace all" drafts them again (their text stays in the history).
     */
    private void askThenGenerate(EnumSet<Output> outputs) {
        Map<Output, Integer> human = desk.drafting().humanWork(article.id(), outputs);
        if (human.isEmpty()) {
            startGeneration(outputs, RegenerateMode.ONLY_THE_REST);
            return;
        }
        int total = human.values().stream().mapToInt(Integer::intValue).sum();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("regenerate-dialog");
        ask.setHeader("Generate again?");
        ask.setText(total + " paragraphs were edited or confirmed by people ("
                + human.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))
                + "). \"Only the rest\" keeps them and drafts the other paragraphs. \"Replace all\" drafts every paragraph again;"
                + " the replaced text stays in each paragraph's history.");
        ask.setConfirmText("Only the rest");
        ask.setRejectable(true);
        ask.setRejectText("Replace all");
        ask.setCancelable(true);
        ask.addConfirmListener(e -> startGeneration(outputs, RegenerateMode.ONLY_THE_REST));
        ask.addRejectListener(e -> startGeneration(outputs, RegenerateMode.REPLACE_ALL));
        ask.open();
    }

    private void startGeneration(EnumSet<Output> outputs, RegenerateMode mode) {
        UI ui = UI.getCurrent();
        try {
            run = generation.start(article.id(), outputs, mode, new UiObserver(ui));
        } catch (UserFacingException e) {
            notifyError(e.getMessage());
            return;
        }
        generate.setEnabled(false);
        cancel.setVisible(true);
        render();
        headers.values().forEach(h -> h.showProgress(0, 0));
    }

    /** Worker-thread callbacks hop onto the UI with access(); push delivers them to the browser. */
    private final class UiObserver implements GenerationObserver {
        private final UI ui;
        private final EnumSet<Output> pending = EnumSet.allOf(Output.class);

        UiObserver(UI ui) {
            this.ui = ui;
        }

        @Override
        public void progress(Output output, int done, int total) {
            ui.access(() -> Optional.ofNullable(headers.get(output)).ifPresent(h -> h.showProgress(done, total)));
        }

        @Override
        public void textStreamed(Output output, int index, String partial) {
            ui.access(() -> Optional.ofNullable(headers.get(output)).ifPresent(h -> h.streamed.show(index, partial)));
        }

        @Override
        public void finished(Output output, DraftOutcome outcome) {
            ui.access(() -> {
                done(output);
                if (outcome.draftReady()) {
                    notifySuccess(outcome.notice());
                } else {
                    notifyNotice(outcome.notice());
                }
            });
        }

        @Override
        public void failed(Output output, String message) {
            ui.access(() -> {
                done(output);
                notifyError(output.label() + ": " + message);
            });
        }

        private void done(Output output) {
            pending.remove(output);
            if (pending.isEmpty()) {
                generate.setEnabled(true);
                cancel.setVisible(false);
                render();
            } else {
                refreshColumn(output);
            }
        }
    }

    /** Re-renders while other outputs are still generating; keeps their progress bars visible. */
    private void refreshColumn(Output finished) {
        Map<Output, Boolean> running = new EnumMap<>(Output.class);
        headers.forEach((o, h) -> running.put(o, h.progress.isVisible() && o != finished));
        render();
        running.forEach((o, r) -> {
            if (r && headers.containsKey(o)) {
                headers.get(o).showProgress(0, 0);
            }
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            render();
        } catch (UserFacingException e) {
            notifyError(e.getMessage());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            notifyError("You are not allowed to do that.");
        }
    }

    private static void notifySuccess(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Not a success and not an error: e.g. nothing could be drafted from memory. */
    private static void notifyNotice(String message) {
        Notification.show(message, 8000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.WARNING);
    }

    private static void notifyError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
