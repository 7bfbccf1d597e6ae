package org.transdesk.review.internal;

import java.util.List;
import org.transdesk.qa.QaFinding;

/**
 * What a dismissal is keyed by besides the output: the finding (check, paragraph, message) and the text
 * it was found on (the paragraph's source and target), both as SHA-256. A changed text is a new key,
 * so the dismissal no longer applies and the finding is back.
 */
public final class FindingKey {

    private FindingKey() {
    }

    public static String of(QaFinding finding) {
        return ContentHash.of(List.of(finding.check(), String.valueOf(finding.segment()), DismissalRepository.clip(finding.message())));
    }

    /** The text a finding stands on: its paragraph's source and target (for the whole output, all of both). */
    public static String text(List<String> source, List<String> target) {
        return ContentHash.of(List.of(ContentHash.of(source), ContentHash.of(target)));
    }
}
