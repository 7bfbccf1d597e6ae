package org.transdesk.qa.ui;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.transdesk.base.ui.Messages;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * A QA finding as a screen says it, in the screen's language: the checks' findings through their
 * phrase, a model's review (free text) and findings read back from storage as they were written.
 * Numbers, names and quoted text inside a finding stay as they are.
 */
public final class FindingTexts {

    /** The model-review findings' check id (the review feature's {@code ModelReviewFindings.CHECK}). */
    static final String MODEL_REVIEW = "model-review";
    /** The message key naming each check, for the QA filter. */
    static final Map<String, String> CHECK_KEYS = Stream.concat(Stream.concat(QaChecks.TRANSLATION_CHECKS.stream(),
            QaChecks.SUMMARY_CHECKS.stream()), Stream.of(QaChecks.CROSS_OUTPUT_CHECK, MODEL_REVIEW))
            .collect(Collectors.toUnmodifiableMap(id -> id, id -> "qa-finding.check." + id));

    private FindingTexts() {
    }

    /** The finding's line in the screen's language. */
    public static String message(QaFinding finding) {
        return finding.phrase() == null ? finding.message() : Messages.tr(finding.phrase());
    }

    /** "error", "lỗi", "ошибка": a finding's severity as its line starts. */
    public static String severity(Severity severity) {
        return Messages.tr(switch (severity) {
            case ERROR -> "qa-finding.severity.error";
            case WARNING -> "qa-finding.severity.warning";
            case INFO -> "qa-finding.severity.info";
        });
    }

    /** The name of a check ("Numbers", "Con số", "Числа"); its id for a check the bundles do not name. */
    public static String check(String id) {
        String key = CHECK_KEYS.get(id);
        return key == null ? id : Messages.tr(key);
    }
}
