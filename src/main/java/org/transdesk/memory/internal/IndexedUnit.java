package org.transdesk.memory.internal;

/** A tm_unit row as the fuzzy index holds it. */
public record IndexedUnit(long id, String sourceLang, String targetLang, String sourceText, String targetText, String origin) {
}
