package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code summary-budget}: the summary is empty (ERROR) or longer than its word budget (ERROR, output-level).
 * Words are runs of letters/digits ("COVID-19" and "don't" are one word). A budget of 0 or less is no budget.
 */
public final class SummaryBudgetCheck implements SummaryCheck {

    public static final String ID = "summary-budget";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(SummaryJob job, List<QaFinding> out) {
        int words = job.summary().stream().mapToInt(p -> Text.words(p).size()).sum();
        if (words == 0) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.summary.empty"), -1));
            return;
        }
        if (job.wordBudget() > 0 && words > job.wordBudget()) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.summary.budget", words, job.wordBudget(), words - job.wordBudget()), -1));
        }
    }

    public static int countWords(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(p -> Text.words(p).size()).sum();
    }
}
