package org.transdesk.llm;

import java.util.List;

public record GeneratedText(List<DraftSegment> segments, Provenance provenance) {

    public GeneratedText {
        segments = List.copyOf(segments);
    }
}
