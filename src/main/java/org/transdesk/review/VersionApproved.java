package org.transdesk.review;

import java.util.List;
import org.transdesk.article.Output;

/**
 * Fact: a reviewer approved a version. Carries the aligned source and approved segments so the
 * translation memory can learn from it without knowing review's tables.
 */
public record VersionApproved(long articleId, Output output, int number, String sourceLanguage, String targetLanguage,
                              List<String> sourceSegments, List<String> approvedSegments) {

    public VersionApproved {
        sourceSegments = List.copyOf(sourceSegments);
        approvedSegments = List.copyOf(approvedSegments);
    }
}
