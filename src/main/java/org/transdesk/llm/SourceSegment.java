package org.transdesk.llm;

/** One unit to translate; the id must come back with its translation. */
public record SourceSegment(String id, String text) {
}
