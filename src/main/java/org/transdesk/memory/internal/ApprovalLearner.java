package org.transdesk.memory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.transdesk.memory.SentenceSplitter;
import org.transdesk.memory.TranslationUnit;
import org.transdesk.review.VersionApproved;

/**
 * Every approved translation feeds the memory: each segment pair, and sentence pairs where a
 * paragraph and its translation have the same number of sentences (a safe one-to-one alignment).
 * Runs after the approval commits, so a failed approval teaches nothing.
 */
@Component
class ApprovalLearner {

    private final TmStore store;

    ApprovalLearner(TmStore store) {
        this.store = store;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void learn(VersionApproved approved) {
        if (!approved.output().isTranslation() || approved.sourceSegments().size() != approved.approvedSegments().size()) {
            return;
        }
        String origin = "approved " + approved.output().key() + " v" + approved.number() + " of article " + approved.articleId();
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < approved.sourceSegments().size(); i++) {
            String source = approved.sourceSegments().get(i);
            String target = approved.approvedSegments().get(i);
            if (source.isBlank() || target.isBlank()) {
                continue;
            }
            units.add(unit(approved, source, target, "paragraph", origin));
            List<String> sourceSentences = SentenceSplitter.split(List.of(source), Locale.forLanguageTag(approved.sourceLanguage()));
            List<String> targetSentences = SentenceSplitter.split(List.of(target), Locale.forLanguageTag(approved.targetLanguage()));
            if (sourceSentences.size() > 1 && sourceSentences.size() == targetSentences.size()) {
                for (int s = 0; s < sourceSentences.size(); s++) {
                    units.add(unit(approved, sourceSentences.get(s), targetSentences.get(s), "sentence", origin));
                }
            }
        }
        store.insertAll(units);
    }

    private static TranslationUnit unit(VersionApproved a, String source, String target, String segment, String origin) {
        return new TranslationUnit(a.sourceLanguage(), a.targetLanguage(), source, target, segment, origin, a.articleId());
    }
}
