package org.transdesk.memory;

/** A translation-memory hit: the stored pair and how closely its source matches (100 = exact). */
public record MemoryMatch(String sourceText, String targetText, int score, String origin) {
}
