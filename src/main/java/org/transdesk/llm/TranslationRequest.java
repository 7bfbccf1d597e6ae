package org.transdesk.llm;

import java.util.List;

/**
 * Segments to translate for one output. {@code context} is the paragraph before the first segment
 * (prompt context only, never translated; engines without prompts ignore it); {@code fresh} skips
 * cached answers, for an editor who asked for a new attempt at a paragraph.
 */
public record TranslationRequest(String outputKey, String sourceLanguage, String targetLanguage, List<SourceSegment> segments,
                                 String context, boolean fresh) {

    public TranslationRequest {
        segments = List.copyOf(segments);
    }

    public TranslationRequest(String outputKey, String sourceLanguage, String targetLanguage, List<SourceSegment> segments) {
        this(outputKey, sourceLanguage, targetLanguage, segments, null, false);
    }
}
