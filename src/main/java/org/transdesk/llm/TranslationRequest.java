package org.transdesk.llm;

import java.util.List;

public record TranslationRequest(String outputKey, String sourceLanguage, String targetLanguage, List<SourceSegment> segments) {

    public TranslationRequest {
        segments = List.copyOf(segments);
    }
}
