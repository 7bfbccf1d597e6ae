package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.ui.FindingTexts;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.ExportMark;
import org.transdesk.review.RecordedFinding;

/**
 * Any two approved versions (or a version and the current draft), paragraph by paragraph, as word
 * diffs; a paragraph that held the source text on one side is shown as text on both sides instead
 * of a diff across two languages ({@link TextLanguage}).
 */
class VersionCompareDialog extends Dialog {

    record Snapshot(String label, List<String> segments) {
    }

    final Select<Snapshot> from = new Select<>();
    final Select<Snapshot> to = new Select<>();
    private final Div diff = new Div();
    private final IntFunction<TextLanguage> languages;

    VersionCompareDialog(String title, List<ApprovedVersion> versions, List<String> draft, IntFunction<TextLanguage> languages,
                         Function<Long, List<ExportMark>> marks, Function<Long, List<RecordedFinding>> qaRecord) {
        this.languages = languages;
        setHeaderTitle(tr("versions.title", title));
        setWidth("min(64rem, 95vw)");
        List<Snapshot> snapshots = new ArrayList<>();
        Div list = new Div();
        for (ApprovedVersion v : versions) {
            snapshots.add(new Snapshot(tr("versions.version", v.number()), v.segments()));
            List<ExportMark> exported = marks.apply(v.id());
            List<RecordedFinding> record = qaRecord.apply(v.id());
            Span line = new Span(tr("versions.version", v.number()) + " · " + tr("versions.approved-by", v.approvedBy()) + " · "
                    + Messages.dateTime(v.approvedAt())
                    + (exported.isEmpty() ? "" : " · " + tr("versions.exported") + " " + String.join(", ", exported.stream().map(ExportMark::format).toList()))
                    + " · " + qaTally(record.stream().filter(r -> !r.dismissed()).map(RecordedFinding::finding).toList())
                    + (v.overrideReason() == null ? "" : " · " + tr("versions.override") + " " + v.overrideReason()));
            line.addClassName("engine-notice");
            Div entry = new Div(line);
            for (RecordedFinding r : record) {
                if (r.dismissed()) {
                    Div dismissed = new Div(tr("versions.dismissed", r.dismissedBy(), r.dismissedAt() == null ? "" : Messages.dateTime(r.dismissedAt()),
                            FindingTexts.message(r.finding()), r.dismissalReason()));
                    dismissed.addClassNames("engine-notice", "version-dismissed-finding");
                    entry.add(dismissed);
                }
            }
            list.add(entry);
        }
        if (versions.isEmpty()) {
            list.add(new Span(tr("versions.none")));
        }
        snapshots.add(new Snapshot(tr("versions.current-draft"), draft));
        for (Select<Snapshot> s : List.of(from, to)) {
            s.setItems(snapshots);
            s.setItemLabelGenerator(Snapshot::label);
            s.addValueChangeListener(e -> show());
        }
        from.setLabel(tr("compare.from"));
        to.setLabel(tr("compare.to"));
        from.setValue(snapshots.size() > 1 ? snapshots.get(snapshots.size() - 2) : snapshots.getFirst());
        to.setValue(snapshots.getLast());
        Div pickers = new Div(from, to);
        pickers.addClassName("segment-meta");
        diff.setId("version-diff");
        add(list, pickers, diff);
        getFooter().add(new Button(tr("dialog.close"), e -> close()));
    }

    private static String qaTally(List<QaFinding> findings) {
        long errors = findings.stream().filter(QaFinding::isError).count();
        return tr("versions.qa", errors, findings.size() - errors);
    }

    private void show() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<String> a = from.getValue().segments();
        List<String> b = to.getValue().segments();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Span label = new Span(tr("versions.paragraph", i));
            label.addClassName("engine-notice");
            diff.add(paragraph(label, languages.apply(i), i < a.size() ? a.get(i) : "", i < b.size() ? b.get(i) : ""));
        }
    }

    private static Div paragraph(Span label, TextLanguage language, String older, String newer) {
        if (language.comparable(older, newer)) {
            DiffView view = new DiffView(older, newer);
            view.getElement().setAttribute("lang", language.of(older.isBlank() ? newer : older));
            return new Div(label, view);
        }
        Span note = new Span(tr("versions.other-language"));
        note.addClassName("engine-notice");
        Div was = new Div(older);
        was.getElement().setAttribute("lang", language.of(older));
        Div now = new Div(newer);
        now.getElement().setAttribute("lang", language.of(newer));
        return new Div(label, note, was, now);
    }
}
