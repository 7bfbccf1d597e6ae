package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.qa.QaFinding;

/** One summary check with a stable id. Findings' {@code segment} is the index of the summary paragraph. */
public interface SummaryCheck {

    String id();

    void check(SummaryJob job, List<QaFinding> out);
}
