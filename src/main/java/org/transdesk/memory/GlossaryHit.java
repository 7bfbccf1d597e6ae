package org.transdesk.memory;

/** A glossary term found in a text, with its character span. */
public record GlossaryHit(GlossaryTerm term, int start, int end) {
}
