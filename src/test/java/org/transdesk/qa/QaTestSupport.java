package org.transdesk.qa;

import java.util.List;

/** Shorthands for the check specifications: run the facade, keep one check's findings. */
final class QaTestSupport {

    static final QaChecks QA = new QaChecks();

    private QaTestSupport() {
    }

    /** Findings of {@code check} for a one-paragraph English → {@code lang} translation. */
    static List<QaFinding> check(String check, String lang, String source, String target) {
        return check(check, lang, source, target, List.of());
    }

    static List<QaFinding> check(String check, String lang, String source, String target,
                                 List<GlossaryEntry> glossary) {
        return only(check, QA.checkTranslation(TranslationUnderReview.of("en", lang, source, target), glossary));
    }

    static List<QaFinding> only(String check, List<QaFinding> findings) {
        return findings.stream().filter(f -> f.check().equals(check)).toList();
    }

    static List<Severity> severities(List<QaFinding> findings) {
        return findings.stream().map(QaFinding::severity).toList();
    }

    static boolean hasError(List<QaFinding> findings) {
        return findings.stream().anyMatch(QaFinding::isError);
    }
}
