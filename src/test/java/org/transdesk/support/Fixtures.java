package org.transdesk.support;

import java.math.BigDecimal;
import java.util.List;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.GeneratedDraft;

/** Shared test data. */
public final class Fixtures {

    private Fixtures() {
    }

    public static DraftProvenance offlineProvenance() {
        return new DraftProvenance("offline", "Offline engine", "tm+glossary", null, "g-test", 0, 0, 5, BigDecimal.ZERO);
    }

    public static GeneratedDraft draft(String... segments) {
        return new GeneratedDraft(List.of(segments).stream()
                .map(s -> new GeneratedDraft.Segment(s, "MEMORY_EXACT", 100, "test")).toList(), offlineProvenance());
    }
}
