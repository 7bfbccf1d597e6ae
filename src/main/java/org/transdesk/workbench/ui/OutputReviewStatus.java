package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InertHtml;
import org.transdesk.qa.Severity;
import org.transdesk.review.ChangeRequest;
import org.transdesk.review.ExportMark;
import org.transdesk.review.OutputState;
import org.transdesk.review.OutputSummary;
import org.transdesk.review.ParagraphStatus;
import org.transdesk.review.StatusCounts;
import org.transdesk.review.QaReport;

/**
 * In the column head: paragraphs per status, why changes were requested, the QA tally and
 * whole-output findings, and export marks.
 */
class OutputReviewStatus extends Div {

    final Button versions = new Button(tr("workbench.versions"));

    OutputReviewStatus(OutputColumn column, Runnable openVersions, QaFindingsList.Actions dismissals) {
        Output output = column.output();
        OutputSummary summary = column.summary();
        Optional<ChangeRequest> request = column.changeRequest();
        QaReport report = column.qa();
        List<ExportMark> exported = column.exported();
        addClassName("review-status");
        if (summary.counts().total() > 0) {
            add(counts(output, summary.counts()));
        }
        if (summary.state() == OutputState.CHANGES_REQUESTED) {
            request.ifPresent(r -> {
                Div reason = new Div(new Span(tr("workbench.changes-requested-by", r.requestedBy()) + " "), new Span(r.reason()));
                reason.addClassName("change-request");
                reason.setId("change-reason-" + output.key());
                add(reason);
            });
        }
        Span tally = new Span(report.findings().isEmpty() ? tr("workbench.qa.none")
                : tr("workbench.qa.tally", report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO)));
        tally.addClassNames("engine-notice", "qa-tally", report.errors().isEmpty() ? "clean" : "has-errors");
        tally.setId("qa-" + output.key());
        // the folded head shows the short form (workbench.css); the full one stays the text, and the hint on hover
        tally.getElement().setAttribute("title", tally.getText());
        tally.getElement().setAttribute("data-short", report.findings().isEmpty() ? tr("workbench.qa.none.short")
                : tr("workbench.qa.tally.short", report.count(Severity.ERROR), report.count(Severity.WARNING)));
        add(tally);
        QaFindingsList whole = new QaFindingsList();
        whole.onActions(dismissals);
        whole.show(report.forWholeOutput(), report.dismissalsForSegment(-1), null);
        if (whole.isVisible()) { // none: not on the page at all
            add(whole);
        }
        if (!exported.isEmpty()) {
            // a line of its own: inline it ran into the QA tally ("0 infoExported: md")
            Div marks = new Div(tr("workbench.exported") + " " + exported.stream().map(ExportMark::format).collect(Collectors.joining(", ")));
            marks.addClassName("engine-notice");
            marks.setId("exported-" + output.key());
            add(marks);
        }
        versions.setId("versions-" + output.key());
        versions.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        versions.addClickListener(e -> openVersions.run());
        add(versions);
    }

    /**
     * "Untranslated 12 · Machine 20 · Edited 3 · Confirmed 10": every status, zeros too, each with its name. Inert text
     * ({@link InertHtml}): fifteen state nodes as spans, one as this.
     */
    private static Div counts(Output output, StatusCounts counts) {
        Div line = new Div();
        line.addClassNames("engine-notice", "paragraph-status-counts");
        line.setId("paragraph-status-" + output.key());
        line.getElement().setAttribute("aria-label", tr("workbench.status-counts"));
        List<org.jsoup.nodes.Element> pieces = new java.util.ArrayList<>();
        for (ParagraphStatus status : ParagraphStatus.values()) {
            if (!pieces.isEmpty()) {
                pieces.add(InertHtml.span(" · "));
            }
            pieces.add(InertHtml.span(tr("paragraph-status.short." + status.name(), counts.of(status)), "status-count",
                            status.name().toLowerCase(Locale.ROOT))
                    .attr("data-status", status.name())
                    .attr("data-count", String.valueOf(counts.of(status))));
        }
        InertHtml.fill(line.getElement(), pieces);
        return line;
    }
}
