package org.transdesk.memory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.transdesk.inline.TaggedText;
import org.transdesk.memory.LearningReport.Skipped;
import org.transdesk.memory.SentenceSplitter;
import org.transdesk.memory.SkipReason;
import org.transdesk.memory.TranslationUnit;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.VersionApproved;

/**
 * What one approved translation may teach the memory: each paragraph pair that is a translation (see
 * {@link TranslationFilter}) and was not approved over an open QA error, and the sentence pairs of
 * paragraphs whose source and translation have the same number of sentences (a safe one-to-one
 * alignment), each judged the same way. A paragraph with an untranslated sentence is not a translation
 * as a whole and is skipped; its translated sentences are still learned.
 */
record ApprovalLesson(List<TranslationUnit> units, int paragraphs, int sentences, List<Skipped> skipped) {

    static ApprovalLesson of(VersionApproved approved, TranslationFilter filter) {
        List<String> sources = approved.sourceSegments();
        List<String> targets = approved.approvedSegments();
        if (sources.size() != targets.size()) {
            return new ApprovalLesson(List.of(), 0, 0, List.of(new Skipped(-1, -1, SkipReason.NOT_ALIGNED,
                    sources.size() + " source paragraphs, " + targets.size() + " approved")));
        }
        String origin = "approved " + approved.output().key() + " v" + approved.number() + " of article " + approved.articleId();
        String sourceLang = approved.sourceLanguage();
        String targetLang = approved.targetLanguage();
        List<Optional<TranslationFilter.Rejection>> verdicts = filter.judge(sourceLang, targetLang, sources, targets);
        List<TranslationUnit> units = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int paragraphs = 0;
        int sentences = 0;
        for (int i = 0; i < targets.size(); i++) {
            String source = sources.get(i);
            String target = targets.get(i);
            if (source == null || source.isBlank()) {
                continue; // nothing to translate, nothing to learn
            }
            // a paragraph pair keeps its inline codes only when both sides agree on them; sentences are learned as words
            String[] coded = TmxReader.consistent(source, target == null ? "" : target);
            source = coded[0];
            target = target == null ? null : coded[1];
            int position = i;
            List<String> sourceSentences = SentenceSplitter.split(List.of(TaggedText.withoutPlaceholders(source)), Locale.forLanguageTag(sourceLang));
            List<String> targetSentences = SentenceSplitter.split(List.of(target == null ? "" : TaggedText.withoutPlaceholders(target)),
                    Locale.forLanguageTag(targetLang));
            boolean bySentence = sourceSentences.size() > 1 && sourceSentences.size() == targetSentences.size();
            Optional<Skipped> rejected = verdicts.get(i).map(r -> new Skipped(position, -1, r.reason(), r.detail()))
                    .or(() -> openError(approved.openErrors(), position, bySentence));
            if (rejected.isPresent()) {
                skipped.add(rejected.get());
                continue;
            }
            boolean wholeIsTranslation = true;
            if (bySentence) {
                List<Optional<TranslationFilter.Rejection>> sentenceVerdicts = filter.judge(sourceLang, targetLang, sourceSentences, targetSentences);
                for (int s = 0; s < sourceSentences.size(); s++) {
                    Optional<TranslationFilter.Rejection> verdict = sentenceVerdicts.get(s);
                    if (verdict.isPresent()) {
                        skipped.add(new Skipped(i, s, verdict.get().reason(), verdict.get().detail()));
                        wholeIsTranslation &= !verdict.get().byQa();
                    } else {
                        units.add(unit(approved, sourceSentences.get(s), targetSentences.get(s), "sentence", origin));
                        sentences++;
                    }
                }
            }
            if (wholeIsTranslation) {
                units.add(unit(approved, source, target, "paragraph", origin));
                paragraphs++;
            } else {
                skipped.add(new Skipped(i, -1, SkipReason.PART_UNTRANSLATED, null));
            }
        }
        skipped.sort(java.util.Comparator.comparingInt(Skipped::paragraph).thenComparingInt(Skipped::sentence));
        return new ApprovalLesson(units, paragraphs, sentences, skipped);
    }

    /**
     * QA's {@code untranslated-sentence} error is judged sentence by sentence when the sentences align: the translated
     * ones are still learned, the one left in English is skipped.
     */
    private static Optional<Skipped> openError(List<QaFinding> errors, int segment, boolean bySentence) {
        List<String> open = errors.stream().filter(f -> f.segment() == segment && f.isError())
                .filter(f -> !(bySentence && f.check().equals("untranslated-sentence")))
                .map(f -> f.check() + ": " + f.message()).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(new Skipped(segment, -1, SkipReason.OPEN_QA_ERROR, String.join("; ", open)));
    }

    private static TranslationUnit unit(VersionApproved a, String source, String target, String segment, String origin) {
        return new TranslationUnit(a.sourceLanguage(), a.targetLanguage(), source, target, segment, origin, a.articleId());
    }
}
