package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.transdesk.article.Article;
import org.transdesk.article.Output;
import org.transdesk.base.CleanText;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Failures;
import org.transdesk.base.ui.InlineMessage.Level;
import org.transdesk.base.ui.UiUpdates;
import org.transdesk.export.ExportedFile;
import org.transdesk.generation.ModelReviewOutcome;
import org.transdesk.generation.ParagraphListener;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.memory.LearningReport;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.CommentService;
import org.transdesk.review.ExportMark;
import org.transdesk.review.FindingDismissal;
import org.transdesk.review.RecordedFinding;
import org.transdesk.review.SegmentRevision;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftOutcome;
import org.transdesk.review.EditConflictException;
import org.transdesk.review.OutputSummary;
import org.transdesk.review.RegenerateMode;
import org.transdesk.review.SegmentText;
import org.transdesk.review.StatusCounts;

/**
 * The workbench's logic, apart from its view: it holds the read model and the run, sends every action
 * to the service behind it, and decides where a result or a failure is shown (next to the paragraph,
 * in the column head, under the toolbar). The view only renders and forwards clicks.
 */
class WorkbenchPresenter implements RunWatch.Listener {

    /** A notice in a column head: what the last run did, or why an action was refused. */
    record Notice(Level level, String text) {
    }

    /** The result of saving a paragraph. */
    sealed interface SaveResult {
        record Stored(SegmentText segment) implements SaveResult {
        }

        record Conflict(EditConflictException conflict) implements SaveResult {
        }

        record Failed(String message) implements SaveResult {
        }
    }

    /** Where a run stands per output, for the column head (kept across renders). */
    record Progress(int done, int total) {
    }

    private final WorkbenchServices services;
    private final WorkbenchReads reads;
    private final WorkbenchScreen screen;
    private WorkbenchModel model;
    private List<Output> shown = List.of();
    private final Set<Output> stale = new java.util.LinkedHashSet<Output>();
    private final Map<Output, Notice> notices = new java.util.LinkedHashMap<>();
    private final Map<Output, Progress> progress = new java.util.LinkedHashMap<>();
    private RunWatch run;
    static final java.time.Duration LEARNING_WAIT = java.time.Duration.ofSeconds(60);
    static final java.time.Duration LEARNING_POLL = java.time.Duration.ofMillis(250);
    static final int MAX_SKIPPED_NAMED = 8;
    /** Paragraph regenerations still on their way to this screen. */
    private final List<UiUpdates> listening = new ArrayList<>();
    /** Model reviews running from this screen, with their cancel flags. */
    private final Map<Output, java.util.concurrent.atomic.AtomicBoolean> reviewing = new java.util.LinkedHashMap<>();
    /** Texts typed in earlier sessions and never stored, offered back under their paragraphs. */
    private final Map<Output, Map<Integer, UnsavedOffer.Offer>> offers = new java.util.LinkedHashMap<>();

    WorkbenchPresenter(WorkbenchServices services, WorkbenchReads reads, WorkbenchScreen screen) {
        this.services = services;
        this.reads = reads;
        this.screen = screen;
    }

    /** Opens an article; false when there is none with that id. */
    boolean open(String articleId) {
        try {
            model = reads.open(Long.parseLong(articleId));
            shown = model.outputs();
            return true;
        } catch (NumberFormatException | UserFacingException e) {
            return false;
        }
    }

    WorkbenchModel model() {
        return model;
    }

    Article article() {
        return model.article();
    }

    List<Output> shown() {
        return shown;
    }

    /** Every output the workbench has a column for: the configured ones, then any others the article still has. */
    List<Output> outputs() {
        return model.outputs();
    }

    /** The outputs "Generate drafts" makes: the article's (an output dropped from configuration or from the article is kept, not drafted again). */
    Set<Output> generated() {
        return new java.util.LinkedHashSet<>(services.articleOutputs().of(article().id()));
    }

    /** The configured outputs and which of them the article has: what "Outputs of this article" offers. */
    List<Output> configuredOutputs() {
        return services.outputs().all();
    }

    List<Output> articleOutputs() {
        return services.articleOutputs().of(article().id());
    }

    /**
     * Makes {@code wanted} the article's outputs: adds the missing ones, then drops the others (the server decides
     * who may do which). True when something changed, so the screen opens the article again with its new columns.
     */
    boolean changeOutputs(Set<Output> wanted) {
        List<Output> now = articleOutputs();
        boolean changed = false;
        for (Output output : configuredOutputs()) {
            boolean add = wanted.contains(output) && !now.contains(output);
            boolean drop = !wanted.contains(output) && now.contains(output);
            if (add || drop) {
                var done = Failures.attempt(() -> add ? services.articleOutputs().add(article().id(), output.key())
                        : services.articleOutputs().drop(article().id(), output.key()), m -> screen.pageMessage(Level.ERROR, m));
                changed |= done.isPresent();
            }
        }
        return changed;
    }

    Optional<Notice> notice(Output output) {
        return Optional.ofNullable(notices.get(output));
    }

    void dismissNotice(Output output) {
        notices.remove(output);
    }

    Optional<Progress> progress(Output output) {
        return Optional.ofNullable(progress.get(output));
    }

    boolean running() {
        return run != null && run.running();
    }

    boolean cancelRequested() {
        return run != null && run.cancelRequested();
    }

    /**
     * Shows other outputs. Every column is on the page already, so this is one query for what others
     * changed meanwhile: only a changed column is built again (and checked again), then the screen
     * shows the chosen ones.
     */
    void show(List<Output> outputs) {
        shown = List.copyOf(outputs);
        WorkbenchModel before = model;
        model = reads.refresh(model, stale);
        stale.clear();
        for (Output o : model.outputs()) {
            if (model.column(o) != before.column(o)) {
                screen.columnReplaced(o);
            }
        }
        screen.shownChanged();
    }

    /** Saves an editor's text; on any failure the text stays in the box and the reason is shown beside it. */
    SaveResult save(Output output, int position, String text, int basedOnRevision) {
        Optional<Draft> draft = model.column(output).draft();
        if (draft.isEmpty()) {
            return new SaveResult.Failed(tr("workbench.draft-gone.save", Words.output(output)));
        }
        String[] failure = new String[1];
        try {
            Optional<SegmentText> saved = Failures.attempt(
                    () -> services.editing().editSegment(draft.get().id(), position, text, basedOnRevision), m -> failure[0] = m);
            if (saved.isEmpty()) {
                return new SaveResult.Failed(failure[0]);
            }
            changed(output);
            return new SaveResult.Stored(saved.get());
        } catch (EditConflictException conflict) {
            return new SaveResult.Conflict(conflict);
        }
    }

    /** The paragraph as stored now (after "take their text"). */
    Optional<SegmentText> reload(Output output, int position) {
        changed(output);
        return model.column(output).segment(position);
    }

    /** Confirms a paragraph as it is; a refusal is shown through {@code failed}. */
    Optional<SegmentText> confirm(Output output, int position, int revision, Consumer<String> failed) {
        return paragraphAction(output, failed, d -> services.editing().confirm(d.id(), position, revision));
    }

    /** Makes an earlier text of a paragraph current again. */
    Optional<SegmentText> restore(Output output, int position, int revision, int basedOnRevision, Consumer<String> failed) {
        return paragraphAction(output, failed, d -> services.editing().restoreRevision(d.id(), position, revision, basedOnRevision));
    }

    /** Uses a memory suggestion's text for a paragraph. */
    Optional<SegmentText> useSuggestion(Output output, int position, String text, int basedOnRevision, Consumer<String> failed) {
        return paragraphAction(output, failed, d -> services.editing().editSegment(d.id(), position, text, basedOnRevision));
    }

    /**
     * Translates one paragraph again through the output's route off the UI thread (a model call takes
     * seconds): the screen stays usable, and the stored text or the refusal arrives through
     * {@link UiUpdates} (nothing arrives once the editor left the page), the model's text streaming to
     * {@code streamed} before it. The returned action cancels: the model call is aborted and the paragraph stays as it was.
     */
    Runnable regenerateParagraph(Output output, int position, int basedOnRevision, Consumer<String> streamed,
                                 Consumer<SegmentText> stored, Consumer<String> failed) {
        UiUpdates updates = screen.updates();
        listening.add(updates);
        long articleId = article().id();
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        ParagraphListener listener = new ParagraphListener() {
            @Override
            public void streamed(String partial) {
                updates.now(() -> streamed.accept(partial));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        Thread.ofVirtual().name("regenerate-paragraph-" + articleId + "-" + output.key() + "-" + position)
                .start(new DelegatingSecurityContextRunnable(() -> {
                    try {
                        SegmentText text = services.generation().regenerateSegment(articleId, output, position, basedOnRevision, listener);
                        updates.now(() -> {
                            listening.remove(updates);
                            changed(output);
                            stored.accept(text);
                        });
                    } catch (RuntimeException | StackOverflowError failure) {
                        updates.now(() -> {
                            listening.remove(updates);
                            failed.accept(Failures.describe(failure)); // on the screen's thread, so in its language
                        });
                    }
                }));
        return () -> cancel.set(true);
    }

    private Optional<SegmentText> paragraphAction(Output output, Consumer<String> failed, java.util.function.Function<Draft, SegmentText> action) {
        Optional<Draft> draft = model.column(output).draft();
        if (draft.isEmpty()) {
            failed.accept(tr("workbench.draft-gone", Words.output(output)));
            return Optional.empty();
        }
        Optional<SegmentText> done = Failures.attempt(() -> action.apply(draft.get()), failed);
        done.ifPresent(s -> changed(output));
        return done;
    }

    /** This editor changed an output: its column is read again now, the other translation (checked against it) on the next refresh. */
    private void changed(Output output) {
        model = reads.reread(model, output);
        if (output.isTranslation()) {
            // the other translations and the summaries in their languages are checked against it
            model.outputs().stream().filter(o -> !o.equals(output) && (o.isTranslation() || o.isEditionSummary())).forEach(stale::add);
        }
        screen.columnChanged(output);
    }

    /** The draft's id, for the comment threads and the history of its paragraphs. */
    long draftId(Output output) {
        return model.column(output).draft().map(Draft::id).orElseThrow();
    }

    List<SegmentRevision> history(Output output, int position) {
        return services.drafts().history(draftId(output), position);
    }

    CommentService comments() {
        return services.comments();
    }

    /** Comments were written or resolved: the counts under the paragraphs are read again. */
    void commentsChanged(Output output) {
        model = reads.reread(model, output);
        screen.columnChanged(output);
    }

    List<ApprovedVersion> versions(Output output) {
        return services.approval().versions(article().id(), output);
    }

    List<ExportMark> exportMarks(long versionId) {
        return services.exportMarks().exportMarks(versionId);
    }

    /** The version's QA record: the findings at approval, dismissed ones with who, when and why. */
    List<RecordedFinding> qaRecord(long versionId) {
        return services.approval().qaRecord(versionId);
    }

    /** The model of the review route, when one is configured and the output is a translation: then "Review with model" is offered. */
    Optional<String> modelReviewer(Output output) {
        if (!output.isTranslation()) {
            return Optional.empty();
        }
        return Failures.attempt(() -> services.modelReview().reviewer(), m -> { }).flatMap(r -> r).map(EngineInfo::model);
    }

    boolean reviewing(Output output) {
        return reviewing.containsKey(output);
    }

    /**
     * "Review with model" off the UI thread: the column head says it runs, then what the review found (its
     * findings join the QA findings once stored); clicked again while it runs, it cancels (nothing is stored).
     */
    void reviewWithModel(Output output) {
        java.util.concurrent.atomic.AtomicBoolean running = reviewing.get(output);
        if (running != null) {
            running.set(true);
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        reviewing.put(output, cancel);
        UiUpdates updates = screen.updates();
        listening.add(updates);
        long articleId = article().id();
        notices.put(output, new Notice(Level.INFO, tr("workbench.model-review.running", modelReviewer(output).orElse(""))));
        screen.columnChanged(output);
        Thread.ofVirtual().name("model-review-" + articleId + "-" + output.key())
                .start(new DelegatingSecurityContextRunnable(() -> {
                    try {
                        ModelReviewOutcome outcome = services.modelReview().review(articleId, output, cancel::get);
                        // said on the screen's thread: only there is the screen's language known (here it would be English)
                        updates.now(() -> reviewEnded(updates, output, () -> reloadAndNotify(output,
                                outcome.failed() > 0 || outcome.stoppedPhrase() != null ? Level.WARNING : Level.SUCCESS, reviewDone(outcome))));
                    } catch (GenerationCancelledException cancelled) {
                        updates.now(() -> reviewEnded(updates, output, () -> noticeAndHeader(output, Level.INFO, tr("workbench.model-review.cancelled"))));
                    } catch (RuntimeException | StackOverflowError failure) {
                        String message = Failures.describe(failure);
                        updates.now(() -> reviewEnded(updates, output, () -> noticeAndHeader(output, Level.ERROR, message)));
                    }
                }));
    }

    /** "Model review done: …" with why it stopped, if it did, in the screen's language. */
    private static String reviewDone(ModelReviewOutcome outcome) {
        return tr("workbench.model-review.done", outcome.issues(), outcome.reviewed(), outcome.failed())
                + (outcome.stoppedPhrase() == null ? "" : " " + tr(outcome.stoppedPhrase()));
    }

    private void reviewEnded(UiUpdates updates, Output output, Runnable show) {
        listening.remove(updates);
        reviewing.remove(output);
        show.run();
    }

    /** A notice, with the column head drawn again (its button reads "Review with model" again). */
    private void noticeAndHeader(Output output, Level level, String text) {
        notices.put(output, new Notice(level, text));
        screen.columnChanged(output);
    }

    /** Approves; when QA has errors the screen asks for a written reason first. */
    void approve(Output output) {
        Optional<Draft> draft = model.column(output).draft();
        if (draft.isEmpty()) {
            return;
        }
        var errors = Failures.attempt(() -> services.qa().check(draft.get().id()).errors(), m -> notify(output, Level.ERROR, m));
        if (errors.isEmpty()) {
            return;
        }
        if (errors.get().isEmpty()) {
            approve(draft.get(), null);
        } else {
            screen.askOverride(draft.get(), errors.get());
        }
    }

    void approve(Draft draft, String overrideReason) {
        Optional<ApprovedVersion> version = Failures.attempt(() -> services.approval().approve(draft.id(), overrideReason),
                m -> notify(draft.output(), Level.ERROR, m));
        version.ifPresent(v -> {
            String approved = tr("workbench.approved", Words.output(draft.output()), v.number());
            reloadAndNotify(draft.output(), Level.SUCCESS, approved);
            if (draft.output().isTranslation()) {
                awaitLearning(draft.output(), v.number(), approved);
            }
        });
    }

    /**
     * The memory learns from an approval after it commits (memory's listener, asynchronously): its report
     * (pairs learned, pairs skipped and why) is awaited off the UI thread, a bounded while, and added to
     * the column head's message.
     */
    private void awaitLearning(Output output, int version, String approved) {
        UiUpdates updates = screen.updates();
        listening.add(updates);
        long articleId = article().id();
        Thread.ofVirtual().name("learning-report-" + articleId + "-" + output.key() + "-" + version)
                .start(new DelegatingSecurityContextRunnable(() -> {
                    long deadline = System.nanoTime() + LEARNING_WAIT.toNanos();
                    Optional<LearningReport> report = Optional.empty();
                    while (report.isEmpty() && !updates.stopped() && System.nanoTime() < deadline) {
                        report = Failures.attempt(() -> services.learning().report(articleId, output, version).orElse(null), m -> { });
                        if (report.isEmpty()) {
                            java.util.concurrent.locks.LockSupport.parkNanos(LEARNING_POLL.toNanos());
                        }
                    }
                    Optional<LearningReport> learned = report;
                    updates.now(() -> { // in the screen, so the line is said in its language
                        String line = learned.map(WorkbenchPresenter::learned).orElseGet(() -> tr("learning.pending"));
                        listening.remove(updates);
                        Notice current = notices.get(output);
                        if (current != null && current.text().equals(approved)) { // nothing newer to say meanwhile
                            notices.put(output, new Notice(current.level(), approved + " " + line));
                            screen.noticeChanged(output);
                        }
                    });
                }));
    }

    /** "Memory learned 3 paragraphs and 7 sentences; skipped 2 paragraphs (untranslated 2): headline (empty), paragraph 4 (untranslated)." */
    static String learned(LearningReport report) {
        return report.line(org.transdesk.base.ui.Messages.locale(), MAX_SKIPPED_NAMED);
    }

    /** A reviewer dismisses one QA finding with a reason, an editor proposes it; the column is read again. */
    void dismiss(Output output, QaFinding finding, String reason, boolean reviewer) {
        Optional<Draft> draft = model.column(output).draft();
        if (draft.isEmpty()) {
            return;
        }
        var dismissals = services.dismissals();
        Optional<FindingDismissal> done = Failures.attempt(() -> reviewer ? dismissals.dismiss(draft.get().id(), finding, reason)
                : dismissals.propose(draft.get().id(), finding, reason), m -> notify(output, Level.ERROR, m));
        done.ifPresent(d -> reloadAndNotify(output, Level.SUCCESS, tr(reviewer ? "qa.dismiss.done" : "qa.dismiss.proposed")));
    }

    /** A reviewer accepts an editor's proposal to dismiss a finding. */
    void acceptDismissal(Output output, FindingDismissal proposal) {
        decide(output, () -> services.dismissals().accept(proposal.id()), tr("qa.dismiss.done"));
    }

    /** A reviewer rejects an editor's proposal: the finding keeps counting. */
    void rejectDismissal(Output output, FindingDismissal proposal) {
        decide(output, () -> services.dismissals().reject(proposal.id()), tr("qa.dismiss.rejected"));
    }

    /** A reviewer takes a dismissal back: the finding counts again. */
    void undoDismissal(Output output, FindingDismissal dismissal) {
        decide(output, () -> services.dismissals().undo(dismissal.id()), tr("qa.dismiss.undone"));
    }

    private void decide(Output output, Runnable decision, String done) {
        if (Failures.attempt(decision, m -> notify(output, Level.ERROR, m))) {
            reloadAndNotify(output, Level.SUCCESS, done);
        }
    }

    void requestChanges(Draft draft, String reason) {
        if (Failures.attempt(() -> services.approval().requestChanges(draft.id(), reason), m -> notify(draft.output(), Level.ERROR, m))) {
            reloadAndNotify(draft.output(), Level.SUCCESS, tr("workbench.changes-requested"));
        }
    }

    void export(Output output) {
        Optional<ExportedFile> file = Failures.attempt(() -> services.exports().exportMarkdown(article().id(), output),
                m -> notify(output, Level.ERROR, m));
        file.ifPresent(f -> reloadAndNotify(output, Level.SUCCESS, tr("workbench.exported-to", f.versionNumber(), f.path())));
    }

    /** The file a download link sends: the latest approved version as Markdown. */
    ExportedFile download(Output output) {
        return services.exports().exportMarkdown(article().id(), output);
    }

    private void reloadAndNotify(Output output, Level level, String text) {
        notices.put(output, new Notice(level, text));
        changed(output);
    }

    private void notify(Output output, Level level, String text) {
        notices.put(output, new Notice(level, text));
        screen.noticeChanged(output);
    }

    /** "Generate drafts": asks first when people edited or confirmed paragraphs of these outputs. */
    void generate(Set<Output> outputs) {
        Optional<Map<Long, Map<Output, OutputSummary>>> read = Failures.attempt(
                () -> services.drafts().summaries(List.of(article().id())), m -> screen.pageMessage(Level.ERROR, m));
        if (read.isEmpty()) {
            return;
        }
        Map<Output, StatusCounts> counts = new java.util.LinkedHashMap<>();
        read.get().getOrDefault(article().id(), Map.of()).forEach((o, s) -> {
            if (outputs.contains(o)) {
                counts.put(o, s.counts());
            }
        });
        RegenerateQuestion question = new RegenerateQuestion(new java.util.LinkedHashSet<>(outputs), counts);
        if (question.humanWork() == 0) {
            start(outputs, RegenerateMode.ONLY_THE_REST);
        } else {
            screen.askRegenerate(question);
        }
    }

    /** Starts the run; its news reaches the screen through {@link WorkbenchScreen#updates()}. */
    void start(Set<Output> outputs, RegenerateMode mode) {
        RunWatch watch = new RunWatch(screen.updates(), outputs, this);
        var started = Failures.attempt(() -> services.generation().start(article().id(), outputs, mode, watch),
                m -> screen.pageMessage(Level.ERROR, m));
        if (started.isEmpty()) {
            return;
        }
        run = watch;
        watch.watch(started.get());
        outputs.forEach(o -> {
            notices.remove(o);
            progress.put(o, new Progress(0, 0));
        });
        model = reads.refresh(model, new java.util.LinkedHashSet<>(outputs));
        screen.runChanged();
        outputs.forEach(screen::columnReplaced);
    }

    /** Cancel: recorded on the run at once; the column heads say so until the run ends. */
    void cancel() {
        if (run == null || !run.running()) {
            screen.pageMessage(Level.INFO, tr("workbench.nothing-to-cancel"));
            return;
        }
        run.cancel();
        screen.pageMessage(Level.INFO, tr("workbench.cancelling.kept"));
        screen.runChanged();
    }

    /**
     * What earlier sessions left in the browser for this article: per paragraph the newest text that
     * differs from what is stored now is offered back; returns the paragraphs whose entries are spent
     * (stored meanwhile, or the paragraph is gone), for the browser to forget.
     */
    List<UnsavedTexts.Entry> unsavedLeft(List<UnsavedTexts.Entry> entries) {
        List<UnsavedTexts.Entry> spent = new ArrayList<>();
        Map<Output, Map<Integer, UnsavedTexts.Entry>> newest = new java.util.LinkedHashMap<>();
        for (UnsavedTexts.Entry e : entries) {
            if (model.column(e.output()) == null) { // an output this workbench does not have (configuration changed): left as it is
                continue;
            }
            var current = model.column(e.output()).segment(e.position());
            if (current.isEmpty() || CleanText.of(e.text()).strip().equals(current.get().text())) {
                spent.add(e);
                continue;
            }
            newest.computeIfAbsent(e.output(), o -> new TreeMap<>()).merge(e.position(), e,
                    (a, b) -> a.typedAt() >= b.typedAt() ? a : b);
        }
        newest.forEach((output, byPosition) -> byPosition.forEach((position, e) -> {
            SegmentText current = model.column(output).segment(position).orElseThrow();
            offers.computeIfAbsent(output, o -> new TreeMap<>()).put(position,
                    new UnsavedOffer.Offer(position, e.text(), e.typedAt(), e.revision(), current.text(), current.revision()));
        }));
        int count = offers.values().stream().mapToInt(Map::size).sum();
        if (count > 0) {
            screen.pageMessage(Level.WARNING, tr("workbench.unsaved-left", count));
            screen.offersChanged();
        }
        return spent;
    }

    Optional<UnsavedOffer.Offer> offer(Output output, int position) {
        return Optional.ofNullable(offers.getOrDefault(output, Map.of()).get(position));
    }

    /** The offer for a paragraph is settled (restored or discarded). */
    void offerSettled(Output output, int position) {
        Optional.ofNullable(offers.get(output)).ifPresent(m -> m.remove(position));
    }

    /** The editor left the page: stop listening; the run goes on and stores its drafts. */
    void detach() {
        if (run != null) {
            run.stop();
        }
        listening.forEach(UiUpdates::stop);
        listening.clear();
    }

    @Override
    public void progress(Output output, int done, int total) {
        progress.put(output, new Progress(done, total));
        screen.progress(output, done, total);
    }

    @Override
    public void streamed(Output output, int index, String partial) {
        screen.streamed(output, index, partial);
    }

    @Override
    public void finished(Output output, DraftOutcome outcome) {
        progress.remove(output);
        notices.put(output, new Notice(outcome.draftReady() ? Level.SUCCESS : Level.WARNING, DraftNotice.of(outcome)));
        model = reads.reread(model, output);
        screen.columnReplaced(output);
    }

    @Override
    public void failed(Output output, String message) {
        progress.remove(output);
        notices.put(output, new Notice(cancelRequested() ? Level.WARNING : Level.ERROR, Words.output(output) + ": " + message));
        model = reads.reread(model, output);
        screen.columnReplaced(output);
    }

    @Override
    public void ended() {
        screen.runChanged();
        if (cancelRequested()) {
            screen.pageMessage(Level.INFO, tr("workbench.generation-cancelled"));
        }
    }
}
