package org.transdesk.workbench.ui;

import java.util.List;
import org.transdesk.qa.QaFinding;

/**
 * Which QA findings an output's paragraphs show, and where "next error" goes: everything (jumping to
 * errors), errors only, or one check (jumping to its findings of any severity).
 *
 * @param check the check's id, or null for all findings / errors only
 */
record QaFilter(boolean errorsOnly, String check) {

    static final QaFilter ALL = new QaFilter(false, null);
    static final QaFilter ERRORS = new QaFilter(true, null);

    static QaFilter check(String check) {
        return new QaFilter(false, check);
    }

    /** The findings a paragraph shows under this filter. */
    List<QaFinding> shown(List<QaFinding> findings) {
        return findings.stream().filter(f -> (!errorsOnly || f.isError()) && (check == null || check.equals(f.check()))).toList();
    }

    /** Whether "next error" stops at a paragraph with these findings. */
    boolean stopsAt(List<QaFinding> findings) {
        return findings.stream().anyMatch(f -> check == null ? f.isError() : check.equals(f.check()));
    }
}
