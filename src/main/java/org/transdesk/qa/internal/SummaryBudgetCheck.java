package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code summary-budget}: the summary is empty (ERROR) or longer than its word budget (ERROR, output-level); in a
 * language written without spaces (zh) the budget is in characters.
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
        if (!job.lang().spaceSeparated()) {
            characters(job, out);
            return;
        }
        int words = job.summary().stream().mapToInt(p -> Text.words(p).size()).sum();
        if (words == 0) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.summary.empty"), -1));
            return;
        }
        if (job.wordBudget() > 0 && words > job.wordBudget()) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.summary.budget", words, job.wordBudget(), words - job.wordBudget()), -1));
        }
    }

    /**
     * A language written without spaces between words (zh) has its budget in characters: the word budget's length in
     * English characters times the language's typical length against English (60 words: 130 characters of Chinese).
     */
    private static void characters(SummaryJob job, List<QaFinding> out) {
        int characters = job.summary().stream().mapToInt(p -> (int) p.codePoints().filter(Character::isLetterOrDigit).count()).sum();
        if (characters == 0) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.summary.empty"), -1));
            return;
        }
        int budget = characterBudget(job);
        if (job.wordBudget() > 0 && characters > budget) {
            out.add(QaFinding.of(ID, Severity.ERROR, Phrase.of("qa-finding.summary.character-budget", characters, budget,
                    job.wordBudget(), characters - budget), -1));
        }
    }

    static int characterBudget(SummaryJob job) {
        return job.lang().summaryBudget(job.wordBudget()); // the number the summary prompt states
    }

    public static int countWords(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(p -> Text.words(p).size()).sum();
    }
}
