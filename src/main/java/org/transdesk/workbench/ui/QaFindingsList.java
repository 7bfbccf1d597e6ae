package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ModelReviewFindings;

/** QA findings as one line each: severity, the kind when a model found it, message, and the offending words when the check knows them. */
class QaFindingsList extends Div {

    private static final int MAX_SPAN = 60;

    QaFindingsList() {
        addClassName("qa-findings");
    }

    void show(List<QaFinding> findings, String text) {
        removeAll();
        setVisible(!findings.isEmpty());
        for (QaFinding f : findings) {
            Span severity = new Span(f.severity().name().toLowerCase(Locale.ROOT));
            severity.addClassNames("qa-severity", f.severity().name().toLowerCase(Locale.ROOT));
            Div line = new Div(severity);
            if (ModelReviewFindings.CHECK.equals(f.check())) {
                // a model's opinion, not a rule's: said so before the message (which names the model)
                Span kind = new Span(" " + tr("qa.kind.model-review"));
                kind.addClassName("qa-kind");
                line.add(kind);
            }
            line.add(new Span(" " + f.message()));
            line.addClassName("qa-finding");
            line.getElement().setAttribute("data-check", f.check());
            line.getElement().setAttribute("data-severity", f.severity().name());
            String span = span(f, text);
            if (span != null) {
                Span quoted = new Span(span);
                quoted.addClassName("qa-span");
                line.add(new Span(" "), quoted);
            }
            add(line);
        }
    }

    /** The offending text, shortened; null when the finding has no span or the text changed under it. */
    static String span(QaFinding f, String text) {
        if (!f.hasSpan() || text == null || f.end() > text.length()) {
            return null;
        }
        String s = text.substring(f.start(), f.end());
        return s.length() <= MAX_SPAN ? s : s.substring(0, MAX_SPAN) + "…";
    }
}
