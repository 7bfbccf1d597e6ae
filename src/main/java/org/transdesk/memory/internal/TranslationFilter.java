package org.transdesk.memory.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.transdesk.memory.SkipReason;
import org.transdesk.memory.TextKey;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.QaSettings;
import org.transdesk.qa.TranslationUnderReview;

/**
 * Whether a source/target pair is a translation the memory may keep: not empty, not the source itself, and
 * passing QA's calibrated {@code untranslated} and {@code script} checks at ERROR severity (English left in a
 * Russian box, Vietnamese without diacritics). Used when learning from approvals and when cleaning the
 * memory, so both judge a pair alike; the checks are QA's own, not a second detector.
 */
@Component
public class TranslationFilter {

    private static final Set<String> CHECKS = Set.of("untranslated", "script");

    private final QaChecks checks;

    TranslationFilter() {
        Set<String> others = new LinkedHashSet<>(QaChecks.TRANSLATION_CHECKS);
        others.removeAll(CHECKS);
        others.addAll(QaChecks.SUMMARY_CHECKS);
        others.add(QaChecks.CROSS_OUTPUT_CHECK);
        this.checks = new QaChecks(QaSettings.defaults().withDisabledChecks(others.toArray(String[]::new)));
    }

    /** A verdict per pair, aligned with the lists: empty when the pair is a translation. */
    public List<Optional<Rejection>> judge(String sourceLang, String targetLang, List<String> sources, List<String> targets) {
        List<QaFinding> findings = checks.checkTranslation(new TranslationUnderReview(sourceLang, targetLang, sources, targets), List.of());
        List<Optional<Rejection>> verdicts = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            verdicts.add(judgeOne(i, sources.get(i), targets.get(i), findings));
        }
        return verdicts;
    }

    public Optional<Rejection> judge(String sourceLang, String targetLang, String source, String target) {
        return judge(sourceLang, targetLang, List.of(source), List.of(target)).getFirst();
    }

    private static Optional<Rejection> judgeOne(int i, String source, String target, List<QaFinding> findings) {
        if (target == null || target.isBlank()) {
            return Optional.of(new Rejection(SkipReason.EMPTY, null, false));
        }
        Optional<QaFinding> error = findings.stream().filter(f -> f.segment() == i && f.isError() && CHECKS.contains(f.check()))
                .min(java.util.Comparator.comparing(f -> f.check().equals("untranslated") ? 0 : 1));
        if (source != null && TextKey.normalise(source).equalsIgnoreCase(TextKey.normalise(target))) {
            return Optional.of(new Rejection(SkipReason.SAME_AS_SOURCE, error.map(QaFinding::message).orElse(null), error.isPresent()));
        }
        return error.map(e -> new Rejection(e.check().equals("script") ? SkipReason.WRONG_SCRIPT : SkipReason.UNTRANSLATED, e.message(), true));
    }

    /**
     * Why a pair is not a translation, with QA's message where a check said so.
     *
     * @param byQa whether QA's untranslated or script check found it (a copied name or number is "same as the
     *             source" without being an untranslated sentence)
     */
    public record Rejection(SkipReason reason, String detail, boolean byQa) {
    }
}
