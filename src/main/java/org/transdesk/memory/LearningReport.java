package org.transdesk.memory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the translation memory learned from one approved version: pairs taught (paragraphs and their
 * sentences; new units and units that already existed and were refreshed) and pairs skipped with the reason.
 *
 * @param output the output key ("vi", "ru")
 */
public record LearningReport(long articleId, String output, int version, String approvedBy, Instant learnedAt,
                             int learnedParagraphs, int learnedSentences, int addedUnits, int refreshedUnits,
                             List<Skipped> skipped) {

    public LearningReport {
        skipped = List.copyOf(skipped);
    }

    /**
     * A pair that was not learned.
     *
     * @param paragraph position in the version (0 = headline)
     * @param sentence  sentence index within the paragraph, or -1 for the paragraph itself
     * @param detail    QA's message when a check decided, else {@code null}
     */
    public record Skipped(int paragraph, int sentence, SkipReason reason, String detail) {
    }

    public List<Skipped> skippedParagraphs() {
        return skipped.stream().filter(s -> s.sentence() < 0).toList();
    }

    /** Skipped pairs (paragraphs and sentences) counted by reason, in the reasons' order. */
    public Map<SkipReason, Integer> skippedByReason() {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }

    /** One line for a reviewer: "Memory learned 12 paragraphs and 30 sentences; skipped 2 paragraphs (untranslated 2)." */
    public String summary() {
        StringBuilder line = new StringBuilder("Memory learned ").append(learnedParagraphs).append(learnedParagraphs == 1 ? " paragraph" : " paragraphs")
                .append(" and ").append(learnedSentences).append(learnedSentences == 1 ? " sentence" : " sentences");
        List<Skipped> paragraphs = skippedParagraphs();
        if (!paragraphs.isEmpty()) {
            Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
            paragraphs.forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
            line.append("; skipped ").append(paragraphs.size()).append(paragraphs.size() == 1 ? " paragraph (" : " paragraphs (");
            line.append(String.join(", ", byReason.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).toList()));
            line.append(')');
        }
        return line.append('.').toString();
    }
}
