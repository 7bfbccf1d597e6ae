package org.transdesk.review;

import java.util.List;
import java.util.Optional;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * The QA findings on one output as its draft stands now; segment -1 means the whole output.
 * {@code findings} are the ones that count; a finding a reviewer dismissed for the text as it stands is
 * not among them but in {@code dismissals} (state DISMISSED), and a proposed dismissal sits beside its
 * finding, which still counts (state PROPOSED).
 */
public record QaReport(List<QaFinding> findings, List<FindingDismissal> dismissals) {

    public QaReport {
        findings = List.copyOf(findings);
        dismissals = List.copyOf(dismissals);
    }

    public QaReport(List<QaFinding> findings) {
        this(findings, List.of());
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

    /** The findings a reviewer dismissed for the text as it stands. */
    public List<FindingDismissal> dismissed() {
        return dismissals.stream().filter(FindingDismissal::dismissed).toList();
    }

    /** The dismissals (proposed or done) on one paragraph, {@code -1} for the whole output. */
    public List<FindingDismissal> dismissalsForSegment(int position) {
        return dismissals.stream().filter(d -> d.segment() == position).toList();
    }

    /** An editor's open proposal to dismiss {@code finding}, if there is one. */
    public Optional<FindingDismissal> proposalFor(QaFinding finding) {
        return dismissals.stream().filter(d -> !d.dismissed() && d.isAbout(finding)).findFirst();
    }
}
