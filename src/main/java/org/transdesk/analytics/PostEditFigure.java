package org.transdesk.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.transdesk.article.Output;
import org.transdesk.review.PostEditSource;

/**
 * How much editors changed the machine draft of one approved version. A paragraph counts when the
 * machine draft or the approved text has text there; it is edited when the two differ (a paragraph no
 * engine wrote counts as edited). chrF scores the machine draft against the approved text over all
 * paragraphs as one document; {@code wordEdits} / {@code approvedWords} is the HTER-style rate.
 */
public record PostEditFigure(long versionId, long articleId, Output output, String language, int number, String engine,
                             String engineLabel, String model, String approvedBy, Instant approvedAt, Instant draftedAt,
                             int paragraphs, int editedParagraphs, double chrf, int wordEdits, int approvedWords,
                             BigDecimal estimatedCost) {

    public static PostEditFigure of(PostEditSource source) {
        List<String> machine = new ArrayList<>();
        List<String> approved = new ArrayList<>();
        int edited = 0;
        int edits = 0;
        int words = 0;
        for (int i = 0; i < source.approved().size(); i++) {
            String a = normalized(source.approved().get(i));
            String m = normalized(source.machine().get(i));
            if (a.isEmpty() && m.isEmpty()) {
                continue;
            }
            machine.add(m);
            approved.add(a);
            if (!a.equals(m)) {
                edited++;
            }
            edits += WordEdits.distance(m, a);
            words += WordEdits.words(a).size();
        }
        var p = source.provenance();
        return new PostEditFigure(source.versionId(), source.articleId(), source.output(), source.language(), source.number(),
                p.engine(), p.engineLabel(), p.model(), source.approvedBy(), source.approvedAt(), source.draftedAt(),
                approved.size(), edited, approved.isEmpty() ? 100 : ChrF.score(machine, approved), edits, words, p.estimatedCost());
    }

    private static String normalized(String text) {
        return Objects.requireNonNullElse(text, "").strip();
    }

    /** Share of paragraphs edited, 0 to 1. */
    public double editedShare() {
        return paragraphs == 0 ? 0 : (double) editedParagraphs / paragraphs;
    }

    /** Word edits per approved word (HTER-style). */
    public double hter() {
        return WordEdits.rate(wordEdits, approvedWords);
    }

    /** Time from the machine draft to approval; {@code null} when no engine wrote any of it. */
    public Duration timeToApproval() {
        return draftedAt == null ? null : Duration.between(draftedAt, approvedAt);
    }
}
