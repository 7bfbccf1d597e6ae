package org.transdesk.memory;

import java.util.Locale;
import java.util.Optional;

/**
 * The standing of a term in a language, after TBX {@code administrativeStatus}: the preferred rendering
 * is what QA requires; admitted terms may be used; deprecated and forbidden ones must not be (QA reports
 * them where a translation uses them).
 */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts"),
    /** Not in TBX-Basic's picklist (exported there as deprecated with a note); TBX-Default's normativeAuthorization "forbidden". */
    FORBIDDEN("deprecatedTerm-admn-sts");

    private final String tbx;

    TermStatus(String tbx) {
        this.tbx = tbx;
    }

    /** The TBX-Basic administrativeStatus value. */
    public String tbx() {
        return tbx;
    }

    /** Whether a translation must not use the term. */
    public boolean avoided() {
        return this == DEPRECATED || this == SUPERSEDED || this == FORBIDDEN;
    }

    /** From a TBX value ("deprecatedTerm-admn-sts", "forbidden", "admittedTerm", ...); empty when unknown. */
    public static Optional<TermStatus> ofTbx(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("preferred")) {
            return Optional.of(PREFERRED);
        }
        if (v.startsWith("admitted")) {
            return Optional.of(ADMITTED);
        }
        if (v.startsWith("deprecated")) {
            return Optional.of(DEPRECATED);
        }
        if (v.startsWith("superseded")) {
            return Optional.of(SUPERSEDED);
        }
        if (v.startsWith("forbidden") || v.startsWith("prohibited")) {
            return Optional.of(FORBIDDEN);
        }
        return Optional.empty();
    }
}
