package org.transdesk.review;

import java.time.Instant;
import java.util.List;
import org.transdesk.article.Output;

/**
 * An approved version beside the machine draft it was approved from: for each approved segment, the
 * engine's text that segment last had before the approval ({@code null} where no engine ever wrote
 * it: a person wrote it from nothing), and when the earliest of those engine texts was written
 * ({@code draftedAt}; {@code null} when no segment has engine text).
 */
public record PostEditSource(long versionId, long articleId, Output output, int number, String language, String approvedBy,
                             Instant approvedAt, DraftProvenance provenance, List<String> approved, List<String> machine,
                             Instant draftedAt) {

    public PostEditSource {
        approved = List.copyOf(approved);
        machine = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(machine));
        if (machine.size() != approved.size()) {
            throw new IllegalArgumentException("one machine text (or null) per approved segment");
        }
    }
}
