package org.transdesk.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.CommentService;
import org.transdesk.review.CommentThread;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftQa;
import org.transdesk.review.QaReport;
import org.transdesk.review.SegmentText;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * The review layer of the workbench, kept out of {@link WorkbenchView}: QA findings, history and
 * comments under each paragraph, the review status in each column head, approval with a QA
 * override, and the editor focus that keyboard shortcuts move. Rebuilt with the grid on each render.
 */
class ReviewPanels {

    private final ReviewDesk desk;
    private final DraftQa qa;
    private final CommentService comments;
    private final Consumer<Runnable> act;
    private final Consumer<Output> changed;
    private final Map<Output, Draft> shownDrafts = new EnumMap<>(Output.class);
    private Map<Output, Draft> articleDrafts = Map.of();
    private final Map<Output, QaReport> reports = new EnumMap<>(Output.class);
    private final Map<Output, List<CommentThread>> threads = new EnumMap<>(Output.class);
    private final Map<Output, TreeMap<Integer, SegmentEditor>> editors = new EnumMap<>(Output.class);
    private final Map<SegmentEditor, SegmentTools> tools = new java.util.HashMap<>();
    private SegmentEditor focused;
    private java.util.function.BiConsumer<SegmentEditor, Draft> openParagraphTools = (editor, draft) -> { };

    /**
     * @param act     runs a service call and shows its refusal as a notification, then re-renders
     * @param changed told when a paragraph changed outside the editor (restore), to refresh the column head
     */
    ReviewPanels(ReviewDesk desk, Consumer<Runnable> act, Consumer<Output> changed) {
        this.desk = desk;
        this.qa = desk.qa();
        this.comments = desk.comments();
        this.act = act;
        this.changed = changed;
    }

    /** What the "Tools" button under a paragraph opens. */
    void onParagraphTools(java.util.function.BiConsumer<SegmentEditor, Draft> open) {
        this.openParagraphTools = open;
    }

    /** Every draft of the article as the render read them (one query): QA takes the other translation from here. */
    void reset(Map<Output, Draft> read) {
        articleDrafts = Map.copyOf(read);
        shownDrafts.clear();
        reports.clear();
        threads.clear();
        editors.clear();
        tools.clear();
        focused = null;
    }

    /** Adds findings, history and comments under a paragraph editor. */
    void attach(SegmentEditor editor, Draft draft) {
        shownDrafts.put(editor.output(), draft);
        editors.computeIfAbsent(editor.output(), o -> new TreeMap<>()).put(editor.position(), editor);
        SegmentTools t = new SegmentTools(editor);
        t.history.addClickListener(e -> openHistory(editor, draft));
        t.comments.addClickListener(e -> openComments(editor, draft));
        t.paragraphTools.addClickListener(e -> openParagraphTools.accept(editor, draft));
        t.showConfirm(CurrentUser.hasRole(Roles.EDITOR), editor.status());
        t.confirm.addClickListener(e -> act.accept(() -> {
            editor.show(desk.editing().confirm(draft.id(), editor.position(), editor.revision()));
            changed.accept(editor.output());
        }));
        tools.put(editor, t);
        showFindings(editor);
        showCommentCount(editor, draft);
        editor.area.addFocusListener(e -> focused = editor);
        editor.add(t);
    }

    /** The column-head block: change request, QA tally, export marks, versions; nothing before a draft exists. */
    Component status(Output output, Optional<Draft> found, Optional<ApprovedVersion> latest) {
        if (found.isEmpty()) {
            return new Div();
        }
        Draft draft = found.get();
        return new OutputReviewStatus(output, draft.summary(), desk.approval().changeRequest(draft.id()), report(output, draft),
                latest.map(v -> desk.exportMarks().exportMarks(v.id())).orElse(List.of()),
                () -> new VersionCompareDialog(output.label(), desk.approval().versions(draft.articleId(), output), draft.texts(),
                        desk.exportMarks()::exportMarks, desk.approval()::findingsAtApproval).open());
    }

    /** After a save: the checks run again on the stored draft and every paragraph of the output shows the new findings. */
    void refresh(Output output) {
        Draft draft = shownDrafts.get(output);
        if (draft == null) {
            return;
        }
        reports.put(output, qa.check(draft.id()));
        editors.getOrDefault(output, new TreeMap<>()).values().forEach(this::showFindings);
    }

    /** Approves; when QA has errors, first asks the reviewer for a written override reason. */
    void approve(Draft draft, Consumer<ApprovedVersion> approved) {
        QaReport report = qa.check(draft.id());
        if (report.errors().isEmpty()) {
            act.accept(() -> approved.accept(desk.approval().approve(draft.id())));
        } else {
            new ApproveDialog(draft.output(), report.errors(), reason -> act.accept(() -> approved.accept(desk.approval().approve(draft.id(), reason)))).open();
        }
    }

    Optional<SegmentEditor> focused() {
        return Optional.ofNullable(focused);
    }

    Optional<Draft> draftOf(Output output) {
        return Optional.ofNullable(shownDrafts.get(output));
    }

    /** The paragraph editor {@code step} rows away in the same output, or the first one when nothing has focus yet. */
    Optional<SegmentEditor> neighbour(int step) {
        if (focused == null) {
            return editors.values().stream().filter(m -> !m.isEmpty()).findFirst().map(m -> m.firstEntry().getValue());
        }
        TreeMap<Integer, SegmentEditor> column = editors.get(focused.output());
        var next = step > 0 ? column.higherEntry(focused.position()) : column.lowerEntry(focused.position());
        return Optional.ofNullable(next).map(Map.Entry::getValue);
    }

    private QaReport report(Output output, Draft draft) {
        return reports.computeIfAbsent(output, o -> qa.check(draft, articleDrafts));
    }

    private void showFindings(SegmentEditor editor) {
        Draft draft = shownDrafts.get(editor.output());
        SegmentTools t = tools.get(editor);
        if (draft != null && t != null) {
            t.showConfirm(CurrentUser.hasRole(Roles.EDITOR), editor.status());
            t.showFindings(report(editor.output(), draft).forSegment(editor.position()), editor.area.getValue());
        }
    }

    private void showCommentCount(SegmentEditor editor, Draft draft) {
        List<CommentThread> onDraft = threads.computeIfAbsent(editor.output(), o -> comments.threads(draft.id()));
        List<CommentThread> here = onDraft.stream().filter(c -> c.position() == editor.position()).toList();
        tools.get(editor).showCommentCount((int) here.stream().filter(c -> !c.resolved()).count(), here.size());
    }

    private void openHistory(SegmentEditor editor, Draft draft) {
        Dialog[] dialog = new Dialog[1];
        dialog[0] = new SegmentHistoryDialog(editor.output().label() + ", paragraph " + editor.position(),
                desk.drafts().history(draft.id(), editor.position()), comments, draft.id(), editor.position(),
                CurrentUser.hasRole(Roles.EDITOR), revision -> act.accept(() -> {
                    SegmentText restored = desk.editing().restoreRevision(draft.id(), editor.position(), revision, editor.revision());
                    editor.show(restored);
                    dialog[0].close();
                    changed.accept(editor.output());
                }));
        dialog[0].open();
    }

    private void openComments(SegmentEditor editor, Draft draft) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Comments · " + editor.output().label() + ", paragraph " + editor.position());
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new CommentsPanel(comments, draft.id(), editor.position(), CurrentUser.hasRole(Roles.EDITOR), () -> {
            threads.remove(editor.output());
            showCommentCount(editor, draft);
        }));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
