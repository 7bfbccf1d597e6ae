package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.review.Draft;
import org.transdesk.review.OutputState;

/**
 * Column head of one output: state, which engine wrote it (plainly), progress, the review actions,
 * and one place for what the last run did or why an action was refused ({@link #message}).
 */
class OutputHeader extends Div {

    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final StreamedText streamed = new StreamedText();
    final Button approve = new Button(tr("workbench.approve"));
    final Button requestChanges = new Button(tr("workbench.request-changes"));
    final Button export = new Button(tr("workbench.export"));
    /** "Review with model": only for editors, translations, and when the review route names a model. */
    final Button modelReview = new Button(tr("workbench.model-review"));
    final InlineMessage message = new InlineMessage();
    final Anchor download;

    OutputHeader(OutputColumn column, boolean reviewer, boolean editor, Anchor download) {
        this(column, reviewer, editor, download, java.util.Optional.empty(), false);
    }

    /**
     * @param modelReviewer the model of the review route, when one is configured
     * @param reviewing     a model review of this output is running (the button then cancels it)
     */
    OutputHeader(OutputColumn column, boolean reviewer, boolean editor, Anchor download, java.util.Optional<String> modelReviewer,
                 boolean reviewing) {
        Output output = column.output();
        addClassName("column-header");
        getElement().setAttribute("data-output", output.key());
        this.download = download;
        OutputState state = column.summary().state();
        Span title = new Span(Words.output(output));
        title.addClassName("column-title");
        Div top = new Div(title, new StateBadge(output, column.summary(), false));
        top.addClassName("segment-meta");

        String engineLabel = column.draft().map(d -> d.provenance().engineLabel()).orElse(column.route().label());
        boolean offline = column.draft().map(d -> "offline".equals(d.provenance().engine())).orElse(column.route().offline());
        // on a Vietnamese or Russian screen the built-in engine is described in its language (its own label is English)
        boolean translated = offline && !org.transdesk.base.ui.Messages.screenIsEnglish();
        Span engine = new Span(translated ? tr(output.isTranslation() ? "engine.offline.translation" : "engine.offline.summary") : engineLabel);
        engine.addClassNames("engine-notice", offline ? "offline" : "remote");
        engine.setId("engine-" + output.key());

        Span provenance = new Span(column.draft().map(OutputHeader::provenance).orElse(tr("workbench.not-generated")));
        provenance.addClassName("engine-notice");
        Span version = new Span(column.latest().map(v -> tr("workbench.approved-version", v.number(), v.approvedBy()))
                .orElse(tr("workbench.no-approved-version")));
        version.addClassName("engine-notice");
        version.setId("version-" + output.key());

        progress.setVisible(false);
        progressText.setVisible(false);
        progressText.addClassName("engine-notice");
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
        download.setId("download-" + output.key());
        download.setVisible(column.latest().isPresent());
        modelReview.setId("model-review-" + output.key());
        modelReview.addThemeVariants(ButtonVariant.SMALL);
        modelReview.setVisible(editor && output.isTranslation() && modelReviewer.isPresent());
        modelReview.setEnabled(column.draft().isPresent() && state != OutputState.DRAFTING);
        if (reviewing) {
            modelReview.setText(tr("workbench.model-review.cancel"));
        }
        modelReviewer.ifPresent(model -> modelReview.setTooltipText(tr("workbench.model-review.tooltip", model)));
        Div actions = new Div(approve, requestChanges, export, modelReview, download);
        actions.addClassName("segment-meta");
        add(top, engine, provenance, version, progress, progressText, streamed, message, actions);
        if (org.transdesk.article.ui.OutputNames.genericChecks(output)) {
            // a language without a profile is a target all the same: the editor is told its checks are the generic ones
            Span generic = new Span(tr("workbench.generic-checks", Words.output(output)));
            generic.addClassName("engine-notice");
            generic.setId("generic-checks-" + output.key());
            addComponentAtIndex(2, generic);
        }
    }

    void showProgress(int done, int total, boolean cancelling) {
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
