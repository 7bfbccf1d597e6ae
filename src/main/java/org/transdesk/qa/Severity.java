package org.transdesk.qa;

/** How sure a check is that a finding is a real problem. */
public enum Severity {
    /** Almost certainly wrong: a number, glossary term or paragraph is missing, text is cut off or untranslated. */
    ERROR,
    /** Probably worth a look, but correct translations sometimes trigger it (style, conversions, rewording). */
    WARNING,
    /** A hint only; never blocks approval. */
    INFO
}
