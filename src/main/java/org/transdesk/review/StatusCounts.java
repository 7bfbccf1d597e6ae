package org.transdesk.review;

import java.util.Collection;

/** How many paragraphs of a draft are in each {@link ParagraphStatus}: the column head and the library read it. */
public record StatusCounts(int untranslated, int machineDraft, int edited, int confirmed) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

    public static StatusCounts of(Collection<SegmentText> segments) {
        int[] n = new int[ParagraphStatus.values().length];
        segments.forEach(s -> n[s.status().ordinal()]++);
        return new StatusCounts(n[0], n[1], n[2], n[3]);
    }

    public StatusCounts plus(ParagraphStatus status, int count) {
        return switch (status) {
            case UNTRANSLATED -> new StatusCounts(untranslated + count, machineDraft, edited, confirmed);
            case MACHINE_DRAFT -> new StatusCounts(untranslated, machineDraft + count, edited, confirmed);
            case EDITED -> new StatusCounts(untranslated, machineDraft, edited + count, confirmed);
            case CONFIRMED -> new StatusCounts(untranslated, machineDraft, edited, confirmed + count);
        };
    }

    public int of(ParagraphStatus status) {
        return switch (status) {
            case UNTRANSLATED -> untranslated;
            case MACHINE_DRAFT -> machineDraft;
            case EDITED -> edited;
            case CONFIRMED -> confirmed;
        };
    }

    public int total() {
        return untranslated + machineDraft + edited + confirmed;
    }

    /** Edited and confirmed paragraphs: what "generate again" asks about before touching. */
    public int humanWork() {
        return edited + confirmed;
    }

    /** "28 untranslated · 12 machine draft · 3 edited · 2 confirmed", leaving out the zeros. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (ParagraphStatus status : ParagraphStatus.values()) {
            if (of(status) > 0) {
                s.append(s.isEmpty() ? "" : " · ").append(of(status)).append(' ').append(status.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return s.toString();
    }
}
