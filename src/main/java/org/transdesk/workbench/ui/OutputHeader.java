package org.transdesk.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;
import org.transdesk.article.Output;
import org.transdesk.llm.EngineInfo;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;
import org.transdesk.review.OutputState;
import org.transdesk.review.OutputSummary;

/** Column head of one output: state, which engine wrote it (plainly), progress, and the review actions. */
class OutputHeader extends Div {

    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final StreamedText streamed = new StreamedText();
    final Button approve = new Button("Approve");
    final Button requestChanges = new Button("Request changes");
    final Button export = new Button("Export .md");
    final Anchor download;

    OutputHeader(Output output, Optional<Draft> draft, Optional<ApprovedVersion> latest, EngineInfo route,
                 boolean reviewer, boolean editor, Anchor download) {
        addClassName("column-header");
        getElement().setAttribute("data-output", output.key());
        this.download = download;
        OutputState state = draft.map(Draft::state).orElse(OutputState.NOT_STARTED);
        Span title = new Span(output.label());
        title.addClassName("column-title");
        Div top = new Div(title, new StateBadge(output, draft.map(Draft::summary).orElse(OutputSummary.notStarted(output)), false));
        top.addClassName("segment-meta");

        String engineLabel = draft.map(d -> d.provenance().engineLabel()).orElse(route.label());
        boolean offline = draft.map(d -> "offline".equals(d.provenance().engine())).orElse(route.offline());
        Span engine = new Span(engineLabel);
        engine.addClassNames("engine-notice", offline ? "offline" : "remote");
        engine.setId("engine-" + output.key());

        Span provenance = new Span(draft.map(OutputHeader::provenance).orElse("Not generated yet"));
        provenance.addClassName("engine-notice");
        Span version = new Span(latest.map(v -> "Approved v" + v.number() + " by " + v.approvedBy()).orElse("No approved version"));
        version.addClassName("engine-notice");
        version.setId("version-" + output.key());

        progress.setVisible(false);
        progressText.setVisible(false);
        progressText.addClassName("engine-notice");

        approve.setId("approve-" + output.key());
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        approve.setVisible(reviewer);
        approve.setEnabled(draft.isPresent() && state != OutputState.DRAFTING);
        requestChanges.setId("request-changes-" + output.key());
        requestChanges.addThemeVariants(ButtonVariant.SMALL);
        requestChanges.setVisible(reviewer);
        requestChanges.setEnabled(state == OutputState.NEEDS_REVIEW);
        export.setId("export-" + output.key());
        export.addThemeVariants(ButtonVariant.SMALL);
        export.setVisible(editor);
        export.setEnabled(latest.isPresent());
        download.setId("download-" + output.key());
        download.setVisible(latest.isPresent());
        Div actions = new Div(approve, requestChanges, export, download);
        actions.addClassName("segment-meta");
        add(top, engine, provenance, version, progress, progressText, streamed, actions);
    }

    void showProgress(int done, int total) {
        progress.setVisible(true);
        progressText.setVisible(true);
        if (total <= 0) {
            progress.setIndeterminate(true);
            progressText.setText("Starting…");
        } else {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, done / (double) total));
            progressText.setText(done + " / " + total);
        }
    }

    private static String provenance(Draft d) {
        var p = d.provenance();
        StringBuilder s = new StringBuilder(p.engine());
        if (p.model() != null) {
            s.append(" · ").append(p.model());
        }
        if (p.glossaryVersion() != null) {
            s.append(" · glossary ").append(p.glossaryVersion());
        }
        if (p.promptTokens() + p.completionTokens() > 0) {
            s.append(" · ").append(p.promptTokens()).append("+").append(p.completionTokens()).append(" tokens");
        }
        s.append(" · ").append(p.latencyMs()).append(" ms");
        return s.toString();
    }
}
