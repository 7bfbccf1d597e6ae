package org.transdesk.qa.internal;

import java.util.List;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.qa.QaSettings;
import org.transdesk.qa.SummaryUnderReview;

/** A summary under review with its language resolved. */
public record SummaryJob(LanguageProfile lang, List<String> source, List<String> summary, int wordBudget, QaSettings settings) {

    public static SummaryJob of(SummaryUnderReview s, QaSettings settings) {
        return new SummaryJob(LanguageProfiles.of(s.lang()), s.sourceParagraphs(), s.summary(), s.wordBudget(), settings);
    }

    public String sourceText() {
        return String.join("\n", source);
    }
}
