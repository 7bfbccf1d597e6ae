package org.transdesk.review;

/** A run of text that both sides share, or that only the newer side ({@code ADDED}) or the older ({@code REMOVED}) has. */
public record DiffPart(Kind kind, String text) {

    public enum Kind { SAME, ADDED, REMOVED }
}
