package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import org.transdesk.base.ui.NativeChoice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.transdesk.memory.MemoryMatch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.base.ui.InlineMessage.Level;
import org.transdesk.base.ui.Toasts;
import org.transdesk.base.ui.UiUpdates;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.Draft;
import org.transdesk.review.OutputState;
import org.transdesk.review.SegmentText;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * The side-by-side workbench: source paragraphs on the left, each chosen output beside them. It only
 * renders: what to show and every action go through {@link WorkbenchPresenter}, and every action is
 * checked again by the service behind it.
 */
@Route("articles/:articleId")
@PermitAll
@StyleSheet("context://styles/workbench.css")
public class WorkbenchView extends VerticalLayout implements BeforeEnterObserver, WorkbenchScreen, HasDynamicTitle {

    static final String ALL = "all";

    private final WorkbenchPresenter presenter;
    private final ReviewPanels review;
    private final ColumnsGrid grid;
    final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    final Button generate = new Button(getTranslation("workbench.generate"));
    final Button cancel = new Button(getTranslation("workbench.cancel"));
    final InlineMessage pageMessage = new InlineMessage();
    /**
     * Below ~900 px the page shows the source and one output stacked: this picks which (workbench.css shows one of the
     * two). A browser select ({@link NativeChoice}: one state node), named for screen readers.
     */
    final NativeChoice<Output> phoneOutput = new NativeChoice<>();
    final Button shortcuts = new Button(getTranslation("shortcut.button"));
    final Button articleOutputs = new Button(getTranslation("article-outputs.button"));
    private final ParagraphTools paragraphTools;
    private UnsavedTexts unsaved;
    private DomListenerRegistration helpKey;

    public WorkbenchView(WorkbenchServices services, WorkbenchReads reads, ParagraphTools paragraphTools) {
        this.presenter = new WorkbenchPresenter(services, reads, this);
        this.review = new ReviewPanels(presenter);
        this.grid = new ColumnsGrid(new Cells());
        review.followFocus(grid);
        review.onParagraphTools((editor, column) -> paragraphTools.open(presenter, editor, column));
        review.onRowNeeded(grid::buildUpTo);
        this.paragraphTools = paragraphTools;
        WorkbenchShortcuts.install(this, review, presenter::shown, new ShortcutActions());
        setWidthFull();
        show.setItemLabelGenerator(k -> ALL.equals(k) ? getTranslation("workbench.show.all") : Words.output(Output.ofKey(k).orElseThrow()));
        show.setAriaLabel(getTranslation("workbench.show.label"));
        show.addValueChangeListener(e -> {
            if (presenter.model() == null || fillingSwitch) {
                return;
            }
            presenter.show(ALL.equals(e.getValue()) || e.getValue() == null
                    ? presenter.outputs() : List.of(Output.ofKey(e.getValue()).orElseThrow()));
            phoneOutput.show(presenter.shown().getFirst());
        });
        show.addClassName("wide-only");
        phoneOutput.setAriaLabel(getTranslation("workbench.phone-output"));
        phoneOutput.setId("phone-output");
        phoneOutput.addClassName("phone-only");
        phoneOutput.addChoiceListener(chosen -> show.setValue(chosen.key()));
        shortcuts.setId("shortcut-help");
        shortcuts.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        shortcuts.addClickListener(e -> new ShortcutHelpDialog().open());
        generate.setId("generate-all");
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(e -> presenter.generate(presenter.generated()));
        cancel.setId("cancel-generation");
        // hidden by a class, not setVisible(false): a click already on its way when the run ends still
        // reaches the server (events of invisible components are dropped) and is answered
        cancel.addClassName("idle");
        cancel.addClickListener(e -> presenter.cancel());
        pageMessage.setId("page-message");
        articleOutputs.setId("article-outputs-button");
        articleOutputs.addThemeVariants(ButtonVariant.TERTIARY);
        articleOutputs.addClickListener(e -> openArticleOutputs());
    }

    /** "Outputs of this article": after a change the article opens again, with its new columns. */
    ArticleOutputsDialog openArticleOutputs() {
        ArticleOutputsDialog dialog = new ArticleOutputsDialog(presenter.configuredOutputs(), presenter.articleOutputs(),
                CurrentUser.hasRole(Roles.REVIEWER), wanted -> {
                    if (presenter.changeOutputs(wanted) && presenter.open(String.valueOf(presenter.article().id()))) {
                        build();
                    }
                });
        dialog.open();
        return dialog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!presenter.open(event.getRouteParameters().get("articleId").orElse(""))) {
            event.forwardTo(LibraryView.class);
            Toasts.error(getTranslation("workbench.no-article"));
            return;
        }
        build();
        grid.followScrolling();
        unsaved = new UnsavedTexts(UI.getCurrent(), CurrentUser.name().orElse("-"), presenter.article().id(), presenter.outputs()::contains);
        unsaved.install(this::unsavedLeft);
    }

    /** The page for the opened article: its toolbar, with a switch entry per output, and its columns. */
    private void build() {
        removeAll();
        outputSwitch(presenter.outputs());
        Article article = presenter.article();
        Span meta = new Span((article.publishedOn() == null ? "" : Messages.date(article.publishedOn()) + " · ")
                + getTranslation("workbench.meta", article.paragraphs().size(), article.sourceLanguage(), article.slug()));
        meta.addClassName("engine-notice");
        generate.setVisible(CurrentUser.hasRole(Roles.EDITOR));
        articleOutputs.setVisible(CurrentUser.hasRole(Roles.EDITOR));
        HorizontalLayout toolbar = new HorizontalLayout(generate, cancel, show, phoneOutput, articleOutputs,
                new Anchor("articles/" + article.id() + "/interchange", getTranslation("workbench.interchange")), shortcuts);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("workbench-toolbar");
        add(new H1(article.title()), meta, toolbar, pageMessage, grid);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.page-title");
    }

    /** What earlier sessions left unsaved in this browser for the article: offered back, spent entries forgotten. */
    void unsavedLeft(List<UnsavedTexts.Entry> entries) {
        unsaved.remove(presenter.unsavedLeft(entries));
    }

    UnsavedTexts unsavedTexts() {
        return unsaved;
    }

    ReviewPanels review() {
        return review;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        helpKey = WorkbenchShortcuts.installHelp(event.getUI().getElement(), () -> new ShortcutHelpDialog().open());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (helpKey != null) {
            helpKey.remove();
            helpKey = null;
        }
        presenter.detach(); // the run keeps going and stores its drafts; this screen stops listening
        super.onDetach(event);
    }

    @Override
    public void render() {
        review.reset();
        grid.render(presenter.model(), presenter.shown());
    }

    @Override
    public void shownChanged() {
        grid.show(presenter.shown());
    }

    @Override
    public void columnReplaced(Output output) {
        review.reset(output);
        grid.replace(presenter.model().column(output));
    }

    @Override
    public void columnChanged(Output output) {
        OutputColumn column = presenter.model().column(output);
        grid.replaceHeader(column);
        review.update(column);
    }

    @Override
    public void progress(Output output, int done, int total) {
        grid.header(output).ifPresent(h -> h.showProgress(done, total, presenter.cancelRequested()));
    }

    @Override
    public void streamed(Output output, int index, String partial) {
        grid.header(output).ifPresent(h -> h.streamed().show(index, partial));
    }

    @Override
    public void noticeChanged(Output output) {
        grid.header(output).ifPresent(h -> showNotice(h, output));
    }

    @Override
    public void pageMessage(Level level, String message) {
        pageMessage.show(level, message);
    }

    @Override
    public void runChanged() {
        boolean running = presenter.running();
        generate.setEnabled(!running);
        cancel.setClassName("idle", !running);
        cancel.setText(getTranslation(running && presenter.cancelRequested() ? "workbench.cancelling" : "workbench.cancel"));
        if (!running) {
            pageMessage.clear();
        }
        presenter.model().columns().keySet().forEach(o -> presenter.progress(o).ifPresent(p -> progress(o, p.done(), p.total())));
    }

    /** The switch offers every output the article's workbench has (the configured ones, then any it still has from before). */
    private void outputSwitch(List<Output> outputs) {
        List<String> keys = new java.util.ArrayList<>(List.of(ALL));
        outputs.forEach(o -> keys.add(o.key()));
        fillingSwitch = true;
        try {
            show.setItems(keys);
            show.setValue(ALL);
            phoneOutput.setItems(outputs, Words::output);
            phoneOutput.show(outputs.getFirst());
        } finally {
            fillingSwitch = false;
        }
    }

    private boolean fillingSwitch;

    @Override
    public void askRegenerate(RegenerateQuestion question) {
        new RegenerateDialog(question, mode -> presenter.start(question.outputs(), mode)).open();
    }

    @Override
    public void askOverride(Draft draft, List<QaFinding> errors) {
        new ApproveDialog(draft.output(), errors, reason -> presenter.approve(draft, reason)).open();
    }

    @Override
    public void offersChanged() {
        for (Output output : presenter.outputs()) {
            review.editors(output).forEach(this::showOffer);
        }
    }

    private void showOffer(SegmentEditor editor) {
        editor.showOffer(presenter.offer(editor.output(), editor.position()).map(offer -> new UnsavedOffer(offer,
                !editor.area.isReadOnly(),
                () -> {
                    if (save(editor, offer.yours(), editor.revision())) {
                        settle(editor);
                    }
                },
                () -> settle(editor))).orElse(null));
    }

    private void settle(SegmentEditor editor) {
        presenter.offerSettled(editor.output(), editor.position());
        unsaved.forget(editor.output(), editor.position());
        editor.showOffer(null);
    }

    @Override
    public UiUpdates updates() {
        return new UiUpdates(UI.getCurrent());
    }

    private void askForChanges(Draft draft) {
        new ChangeRequestDialog(draft.output(), reason -> presenter.requestChanges(draft, reason)).open();
    }

    private void showNotice(OutputHeader header, Output output) {
        presenter.notice(output).ifPresentOrElse(n -> header.message.show(n.level(), n.text()), header.message::clear);
    }

    /** The pieces of each column, with their actions wired to the presenter. */
    private final class Cells implements ColumnsGrid.Cells {

        @Override
        public OutputHeader header(OutputColumn column) {
            Output output = column.output();
            java.util.function.Supplier<Anchor> download = () -> {
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    var file = presenter.download(output);
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(), file.content().length);
                }), getTranslation("workbench.download", Words.output(output)));
                link.getElement().setAttribute("download", true);
                return link;
            };
            OutputHeader header = new OutputHeader(column, CurrentUser.hasRole(Roles.REVIEWER), CurrentUser.hasRole(Roles.EDITOR), download,
                    presenter.modelReviewer(output), presenter.reviewing(output));
            header.add(review.status(column), review.qaFilter(column));
            header.approve.addClickListener(e -> presenter.approve(output));
            column.draft().ifPresent(d -> header.requestChanges.addClickListener(e -> askForChanges(d)));
            header.export.addClickListener(e -> presenter.export(output));
            header.modelReview.addClickListener(e -> presenter.reviewWithModel(output));
            header.message.onDismiss(() -> presenter.dismissNotice(output));
            showNotice(header, output);
            presenter.progress(output).ifPresent(p -> header.showProgress(p.done(), p.total(), presenter.cancelRequested()));
            return header;
        }

        @Override
        public SegmentEditor editor(OutputColumn column, SegmentText segment) {
            boolean editable = CurrentUser.hasRole(Roles.EDITOR) && column.summary().state() != OutputState.DRAFTING;
            SegmentEditor editor = new SegmentEditor(column.output(), texts(column.output(), segment.position()), segment, editable,
                    WorkbenchView.this::save);
            review.attach(editor, column);
            showOffer(editor);
            return editor;
        }

        @Override
        public Component summaryExtras(OutputColumn column) {
            Span words = new Span(getTranslation("workbench.words", column.draft().orElseThrow().texts().stream()
                    .mapToInt(t -> t.isBlank() ? 0 : t.strip().split("\\s+").length).sum()));
            words.addClassName("engine-notice");
            return words;
        }

        @Override
        public OutputColumn column(Output output) {
            return presenter.model().column(output);
        }
    }

    /** The languages a paragraph box of this output may hold: its own, or the source's beside it. */
    private TextLanguage texts(Output output, int position) {
        List<String> source = presenter.article().segments();
        return TextLanguage.of(output, presenter.article().sourceLanguage(), position < source.size() ? source.get(position) : "");
    }

    /** What the keyboard does beyond moving the focus (WorkbenchShortcuts). */
    private final class ShortcutActions implements WorkbenchShortcuts.Actions {

        @Override
        public void approve(Output output) {
            presenter.approve(output);
        }

        @Override
        public void copySource(SegmentEditor editor) {
            List<String> source = presenter.article().segments();
            if (editor.area.isReadOnly() || !editor.output().isTranslation() || editor.position() >= source.size()) {
                editor.refused(getTranslation("shortcut.copy-source.refused"));
                return;
            }
            save(editor, source.get(editor.position()), editor.revision());
        }

        @Override
        public void insertMemoryMatch(SegmentEditor editor) {
            if (editor.area.isReadOnly()) {
                editor.refused(getTranslation("shortcut.memory-match.refused"));
                return;
            }
            java.util.Optional<MemoryMatch> best = paragraphTools.best(presenter, editor);
            if (best.isEmpty()) {
                editor.refused(getTranslation("shortcut.memory-match.none"));
                return;
            }
            presenter.useSuggestion(editor.output(), editor.position(), best.get().targetText(), editor.revision(), editor::refused)
                    .ifPresent(editor::saved);
        }
    }

    private boolean save(SegmentEditor editor, String text, int basedOnRevision) {
        return switch (presenter.save(editor.output(), editor.position(), text, basedOnRevision)) {
            case WorkbenchPresenter.SaveResult.Stored stored -> {
                editor.saved(stored.segment());
                if (unsaved != null) {
                    unsaved.saved(editor.output(), editor.position(), text);
                }
                yield true;
            }
            case WorkbenchPresenter.SaveResult.Failed failed -> {
                editor.failed(failed.message());
                yield false;
            }
            case WorkbenchPresenter.SaveResult.Conflict conflict -> {
                new ConflictDialog(conflict.conflict(),
                        mine -> save(editor, mine, conflict.conflict().theirRevision()),
                        () -> presenter.reload(editor.output(), editor.position()).ifPresent(s -> {
                            editor.show(s);
                            editor.clearError();
                        })).open();
                yield false;
            }
        };
    }
}
