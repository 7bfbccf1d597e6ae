package org.transdesk.memory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.transdesk.base.Phrase;

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
        return summary(Locale.ENGLISH);
    }

    /** {@link #summary()} in {@code locale}'s language: "Bộ nhớ dịch đã học 12 đoạn và 30 câu; bỏ qua 2 đoạn (chưa dịch: 2)." */
    public String summary(Locale locale) {
        return counts(locale) + ".";
    }

    /**
     * The line the reviewer reads after approving, in {@code locale}'s language: {@link #summary(Locale)} naming the
     * skipped paragraphs, at most {@code named} of them: "...; skipped 2 paragraphs (untranslated 2): headline
     * (untranslated), paragraph 4 (untranslated)."
     */
    public String line(Locale locale, int named) {
        List<Skipped> paragraphs = skippedParagraphs();
        if (paragraphs.isEmpty()) {
            return summary(locale);
        }
        List<String> which = paragraphs.stream().limit(named)
                .map(s -> (s.paragraph() == 0 ? Phrase.say(locale, "learning.headline") : Phrase.say(locale, "learning.paragraph", String.valueOf(s.paragraph())))
                        + " (" + reason(locale, s.reason()) + ")").toList();
        return counts(locale) + ": " + String.join(", ", which)
                + (paragraphs.size() > named ? Phrase.say(locale, "learning.more", paragraphs.size() - named) : "") + ".";
    }

    private String counts(Locale locale) {
        StringBuilder line = new StringBuilder(Phrase.say(locale, "learning.learned", learnedParagraphs, learnedSentences));
        List<Skipped> paragraphs = skippedParagraphs();
        if (!paragraphs.isEmpty()) {
            Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
            paragraphs.forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
            line.append(Phrase.say(locale, "learning.skipped", paragraphs.size(), String.join(", ", byReason.entrySet().stream()
                    .map(e -> Phrase.say(locale, "learning.reason-count", reason(locale, e.getKey()), e.getValue())).toList())));
        }
        return line.toString();
    }

    /** "untranslated", "chưa dịch", "не переведён". */
    public static String reason(Locale locale, SkipReason reason) {
        return Phrase.say(locale, switch (reason) {
            case EMPTY -> "learning.reason.empty";
            case SAME_AS_SOURCE -> "learning.reason.same-as-source";
            case OPEN_QA_ERROR -> "learning.reason.open-qa-error";
            case WRONG_SCRIPT -> "learning.reason.wrong-script";
            case UNTRANSLATED -> "learning.reason.untranslated";
            case PART_UNTRANSLATED -> "learning.reason.part-untranslated";
            case NOT_ALIGNED -> "learning.reason.not-aligned";
        });
    }
}
