package org.transdesk.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.ExportMark;

/** Any two approved versions (or a version and the current draft), paragraph by paragraph, as word diffs. */
class VersionCompareDialog extends Dialog {

    record Snapshot(String label, List<String> segments) {
    }

    final Select<Snapshot> from = new Select<>();
    final Select<Snapshot> to = new Select<>();
    private final Div diff = new Div();

    VersionCompareDialog(String title, List<ApprovedVersion> versions, List<String> draft, Function<Long, List<ExportMark>> marks,
                         Function<Long, List<QaFinding>> findingsAtApproval) {
        setHeaderTitle("Versions · " + title);
        setWidth("min(64rem, 95vw)");
        List<Snapshot> snapshots = new ArrayList<>();
        Div list = new Div();
        for (ApprovedVersion v : versions) {
            snapshots.add(new Snapshot("Version " + v.number(), v.segments()));
            List<ExportMark> exported = marks.apply(v.id());
            Span line = new Span("Version " + v.number() + " · approved by " + v.approvedBy() + " · "
                    + CommentsPanel.TIME.format(v.approvedAt())
                    + (exported.isEmpty() ? "" : " · exported: " + String.join(", ", exported.stream().map(ExportMark::format).toList()))
                    + " · " + qaTally(findingsAtApproval.apply(v.id()))
                    + (v.overrideReason() == null ? "" : " · QA override: " + v.overrideReason()));
            line.addClassName("engine-notice");
            list.add(new Div(line));
        }
        if (versions.isEmpty()) {
            list.add(new Span("No approved version yet."));
        }
        snapshots.add(new Snapshot("Current draft", draft));
        for (Select<Snapshot> s : List.of(from, to)) {
            s.setItems(snapshots);
            s.setItemLabelGenerator(Snapshot::label);
            s.addValueChangeListener(e -> show());
        }
        from.setLabel("Compare");
        to.setLabel("with");
        from.setValue(snapshots.size() > 1 ? snapshots.get(snapshots.size() - 2) : snapshots.getFirst());
        to.setValue(snapshots.getLast());
        Div pickers = new Div(from, to);
        pickers.addClassName("segment-meta");
        diff.setId("version-diff");
        add(list, pickers, diff);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static String qaTally(List<QaFinding> findings) {
        long errors = findings.stream().filter(QaFinding::isError).count();
        return "QA at approval: " + errors + " errors, " + (findings.size() - errors) + " other findings";
    }

    private void show() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<String> a = from.getValue().segments();
        List<String> b = to.getValue().segments();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Span label = new Span("Paragraph " + i);
            label.addClassName("engine-notice");
            diff.add(new Div(label, new DiffView(i < a.size() ? a.get(i) : "", i < b.size() ? b.get(i) : "")));
        }
    }
}
