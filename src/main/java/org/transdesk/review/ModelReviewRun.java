package org.transdesk.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.transdesk.base.Phrase;

/**
 * A finished model review of a draft, to store: who reviewed at what cost, the paragraph texts it read
 * (position → text), the issues it found in them, the paragraphs whose answers stayed invalid (position →
 * why) and, when it did not reach every paragraph, the sentence that says so.
 */
public record ModelReviewRun(DraftProvenance provenance, Map<Integer, String> reviewedTexts, List<Issue> issues,
                             Map<Integer, Phrase> failed, Phrase stopped) {

    public ModelReviewRun {
        Objects.requireNonNull(provenance, "provenance");
        reviewedTexts = java.util.Collections.unmodifiableMap(new TreeMap<>(reviewedTexts));
        issues = List.copyOf(issues);
        failed = java.util.Collections.unmodifiableMap(new TreeMap<>(failed));
        for (Issue issue : issues) {
            String text = reviewedTexts.get(issue.segment());
            if (text == null || issue.end() > text.length()) {
                throw new IllegalArgumentException("issue outside the reviewed text of paragraph " + issue.segment());
            }
        }
    }

    /** One issue: MQM category and severity as their lower-case words ("mistranslation", "major"). */
    public record Issue(int segment, String category, String severity, int start, int end, String explanation) {

        public Issue {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(severity, "severity");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }
}
