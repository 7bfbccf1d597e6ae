package org.transdesk.review;

import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/** The QA findings on one output as its draft stands now; segment -1 means the whole output. */
public record QaReport(List<QaFinding> findings) {

    public QaReport {
        findings = List.copyOf(findings);
    }

    public List<QaFinding> errors() {
        return findings.stream().filter(QaFinding::isError).toList();
    }

    public List<QaFinding> forSegment(int position) {
        return findings.stream().filter(f -> f.segment() == position).toList();
    }

    public List<QaFinding> forWholeOutput() {
        return forSegment(-1);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
