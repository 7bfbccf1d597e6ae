package org.transdesk.review;

import java.util.List;
import org.transdesk.article.Output;
import org.transdesk.qa.QaFinding;

/**
 * Fact: a reviewer approved a version. Carries the aligned source and approved segments, who approved
 * them, and the QA errors left open at approval (overridden with a reason), so the translation memory
 * can learn only real translations without knowing review's tables.
 */
public record VersionApproved(long articleId, Output output, int number, String sourceLanguage, String targetLanguage,
                              List<String> sourceSegments, List<String> approvedSegments, String approvedBy,
                              List<QaFinding> openErrors) {

    public VersionApproved {
        sourceSegments = List.copyOf(sourceSegments);
        approvedSegments = List.copyOf(approvedSegments);
        openErrors = openErrors == null ? List.of() : List.copyOf(openErrors);
    }
}
