package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InertHtml;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.review.Draft;
import org.transdesk.review.OutputState;

/**
 * Column head of one output: state, which engine wrote it (plainly), progress, the review actions,
 * and one place for what the last run did or why an action was refused ({@link #message}).
 */
class OutputHeader extends Div {

    /** Null until a run's progress is shown ({@link #makeProgress}). */
    private ProgressBar progress;
    private Span progressText;
    private StreamedText streamed;
    final Button approve = new Button(tr("workbench.approve"));
    final Button requestChanges = new Button(tr("workbench.request-changes"));
    final Button export = new Button(tr("workbench.export"));
    /** "Review with model": only for editors, translations, and when the review route names a model. */
    final Button modelReview;
    final InlineMessage message = new InlineMessage();
    /** "Download …": made only when there is an approved version to download (it registers a download handler). */
    final Anchor download;

    OutputHeader(OutputColumn column, boolean reviewer, boolean editor, java.util.function.Supplier<Anchor> download) {
        this(column, reviewer, editor, download, java.util.Optional.empty(), false);
    }

    /**
     * @param modelReviewer the model of the review route, when one is configured
     * @param reviewing     a model review of this output is running (the button then cancels it)
     */
    OutputHeader(OutputColumn column, boolean reviewer, boolean editor, java.util.function.Supplier<Anchor> download,
                 java.util.Optional<String> modelReviewer,
                 boolean reviewing) {
        Output output = column.output();
        addClassName("column-header");
        getElement().setAttribute("data-output", output.key());
        this.download = column.latest().isPresent() ? download.get() : new Anchor();
        OutputState state = column.summary().state();
        // what the head only says is inert text (InertHtml): the title and state, which engine wrote the draft and how,
        // the approved version; as a span each with its text they were a third of the head's state nodes (issue #15)
        Div top = new Div();
        top.addClassName("segment-meta");
        InertHtml.fill(top.getElement(), List.of(InertHtml.span(Words.output(output), "column-title"), StateBadge.markup(output, column.summary(), false)));

        String engineLabel = column.draft().map(d -> d.provenance().engineLabel()).orElse(column.route().label());
        boolean offline = column.draft().map(d -> "offline".equals(d.provenance().engine())).orElse(column.route().offline());
        // on a Vietnamese or Russian screen the built-in engine is described in its language (its own label is English)
        boolean translated = offline && !org.transdesk.base.ui.Messages.screenIsEnglish();
        List<org.jsoup.nodes.Element> lines = new java.util.ArrayList<>();
        lines.add(InertHtml.div(translated ? tr(output.isTranslation() ? "engine.offline.translation" : "engine.offline.summary") : engineLabel,
                "engine-notice", offline ? "offline" : "remote").id("engine-" + output.key()));
        if (org.transdesk.article.ui.OutputNames.genericChecks(output)) {
            // a language without a profile is a target all the same: the editor is told its checks are the generic ones
            lines.add(InertHtml.div(tr("workbench.generic-checks", Words.output(output)), "engine-notice").id("generic-checks-" + output.key()));
        }
        lines.add(InertHtml.div(column.draft().map(OutputHeader::provenance).orElse(tr("workbench.not-generated")), "engine-notice"));
        lines.add(InertHtml.div(column.latest().map(v -> tr("workbench.approved-version", v.number(), v.approvedBy()))
                .orElse(tr("workbench.no-approved-version")), "engine-notice").id("version-" + output.key()));
        Div about = new Div();
        about.addClassName("engine-lines");
        InertHtml.fill(about.getElement(), lines);

        message.setId("message-" + output.key());
        message.addClassName("column-message");

        approve.setId("approve-" + output.key());
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        approve.setVisible(reviewer);
        // an Approved draft is the approved text (any edit moves it back to review): there is nothing new to approve
        boolean approvedAsIs = state == OutputState.APPROVED;
        // an empty draft (a summary the engine could not write) has nothing to approve: the server refuses it too
        boolean empty = column.draft().filter(org.transdesk.review.Draft::hasText).isEmpty();
        approve.setEnabled(!empty && state != OutputState.DRAFTING && !approvedAsIs && !column.fourEyesBlocks());
        if (approvedAsIs) {
            approve.setTooltipText(column.latest().map(v -> tr("workbench.approved-as-is", v.number()))
                    .orElse(tr("workbench.approved-as-is-unnumbered")));
        } else if (column.fourEyesBlocks()) {
            approve.setTooltipText(tr("workbench.four-eyes"));
        } else if (empty && column.draft().isPresent()) {
            approve.setTooltipText(tr("workbench.approve-empty"));
        }
        requestChanges.setId("request-changes-" + output.key());
        requestChanges.addThemeVariants(ButtonVariant.SMALL);
        requestChanges.setVisible(reviewer);
        requestChanges.setEnabled(state == OutputState.NEEDS_REVIEW);
        export.setId("export-" + output.key());
        export.addThemeVariants(ButtonVariant.SMALL);
        export.setVisible(editor);
        export.setEnabled(column.latest().isPresent());
        this.download.setId("download-" + output.key());
        this.download.setVisible(column.latest().isPresent());
        boolean offersModelReview = editor && output.isTranslation() && modelReviewer.isPresent();
        // not offered: an empty button kept for the view's wiring, never on the page (its label would be one more node)
        modelReview = offersModelReview ? new Button(tr("workbench.model-review")) : new Button();
        modelReview.setId("model-review-" + output.key());
        modelReview.addThemeVariants(ButtonVariant.SMALL);
        modelReview.setVisible(offersModelReview);
        modelReview.setEnabled(column.draft().isPresent() && state != OutputState.DRAFTING);
        if (reviewing && offersModelReview) {
            modelReview.setText(tr("workbench.model-review.cancel"));
        }
        modelReviewer.filter(m -> offersModelReview).ifPresent(model -> modelReview.setTooltipText(tr("workbench.model-review.tooltip", model)));
        Div actions = new Div();
        actions.addClassName("segment-meta");
        // an action this user cannot take is not on the page at all, rather than hidden (a hidden one is state all the same)
        java.util.stream.Stream.of(approve, requestChanges, export, modelReview, this.download).filter(Component::isVisible).forEach(actions::add);
        add(top, about, message, actions);
    }

    /** The progress bar and the text arriving from a model: made when a run is seen, as most heads never show one. */
    private void makeProgress() {
        if (progress == null) {
            progress = new ProgressBar();
            progressText = new Span();
            progressText.addClassNames("engine-notice", "progress-text");
            streamed = new StreamedText();
            addComponentAtIndex(2, progress);
            addComponentAtIndex(3, progressText);
            addComponentAtIndex(4, streamed);
        }
    }

    /** The text a model is writing right now, under the progress. */
    StreamedText streamed() {
        makeProgress();
        return streamed;
    }

    void showProgress(int done, int total, boolean cancelling) {
        makeProgress();
        progress.setVisible(true);
        progressText.setVisible(true);
        String suffix = cancelling ? " · " + tr("workbench.progress.cancelling") : "";
        if (total <= 0) {
            progress.setIndeterminate(true);
            progressText.setText(tr(cancelling ? "workbench.cancelling" : "workbench.starting"));
        } else {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, done / (double) total));
            progressText.setText(tr("workbench.progress", done, total) + suffix);
        }
    }

    private static String provenance(Draft d) {
        var p = d.provenance();
        StringBuilder s = new StringBuilder(p.engine());
        if (p.model() != null) {
            s.append(" · ").append(p.model());
        }
        if (p.glossaryVersion() != null) {
            s.append(" · ").append(tr("workbench.provenance.glossary", p.glossaryVersion()));
        }
        if (p.promptTokens() + p.completionTokens() > 0) {
            s.append(" · ").append(tr("workbench.provenance.tokens", p.promptTokens(), p.completionTokens()));
        }
        s.append(" · ").append(tr("workbench.provenance.latency", p.latencyMs()));
        return s.toString();
    }
}
