package org.transdesk.llm.internal.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryHit;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.SentenceSplitter;
import org.transdesk.memory.TranslationMemory;

/**
 * Translation without a model: the whole segment from the translation memory when it matches
 * exactly; otherwise sentence by sentence from the memory (exact, else fuzzy above the threshold),
 * or from the glossary when a sentence is itself a glossary term; a fuzzy match of the whole
 * segment is used when it is closer than the sentence pieces. Fuzzy drafts carry their score.
 *
 * <p>A paragraph without a match for every sentence is left <em>empty</em> and marked
 * {@link SegmentOrigin#UNTRANSLATED}, as CAT tools leave a segment without a match: never the
 * English source in a Vietnamese or Russian box, where it reads as a draft and gets approved by
 * mistake. That includes partial matches (some sentences found, others not): a box with one
 * sentence missing reads as complete, and a silently shortened news paragraph is worse than an
 * empty box that QA and the column head count as untranslated. The sentences that did match are
 * kept in the note, so the translator can use them. The note also lists the glossary renderings
 * found in the segment.
 */
@Component
public class OfflineTranslator {

    private final TranslationMemory memory;
    private final Glossary glossary;

    OfflineTranslator(TranslationMemory memory, Glossary glossary) {
        this.memory = memory;
        this.glossary = glossary;
    }

    /**
     * As {@link #translateText}; for a paragraph with inline codes ({@code ⟦1⟧…⟦/1⟧}) the memory is
     * matched on its words, and a text that came without the source's tags says so in its note
     * (the {@code tags} check names each missing one).
     */
    public DraftSegment translate(SourceSegment segment, String sourceLang, String targetLang) {
        DraftSegment draft = translateText(segment, sourceLang, targetLang);
        TaggedText source = TaggedText.inferred(segment.text());
        if (!source.hasCodes() || draft.text() == null || draft.text().isBlank()
                || source.check(draft.text()).stream().noneMatch(TaggedText.TagProblem::isError)) {
            return draft;
        }
        String tags = source.codes().stream().map(c -> c.kind() == InlineCode.Kind.PAIRED ? c.open() + "…" + c.close() : c.open())
                .collect(Collectors.joining(" "));
        return new DraftSegment(draft.id(), draft.text(), draft.origin(), draft.matchScore(),
                draft.note() + ". Formatting tags " + tags + " of the source are not in this memory text: put them around the right words");
    }

    private DraftSegment translateText(SourceSegment segment, String sourceLang, String targetLang) {
        Optional<MemoryMatch> whole = memory.exact(segment.text(), sourceLang, targetLang);
        if (whole.isPresent()) {
            return new DraftSegment(segment.id(), whole.get().targetText(), SegmentOrigin.MEMORY_EXACT, 100,
                    "Translation memory, exact match (" + whole.get().origin() + ")");
        }
        List<String> sentences = SentenceSplitter.split(List.of(segment.text()), Locale.forLanguageTag(sourceLang));
        List<String> parts = new ArrayList<>();
        List<String> matchedTargets = new ArrayList<>();
        int matched = 0;
        int lowestScore = 100;
        for (String sentence : sentences) {
            Optional<MemoryMatch> match = memory.best(sentence, sourceLang, targetLang)
                    .or(() -> glossaryRendering(sentence, sourceLang, targetLang).map(t -> new MemoryMatch(sentence, t, 100, "glossary")));
            parts.add(match.map(MemoryMatch::targetText).orElse(sentence));
            if (match.isPresent()) {
                matched++;
                matchedTargets.add(match.get().targetText());
                lowestScore = Math.min(lowestScore, match.get().score());
            }
        }
        String hints = glossaryHints(segment.text(), sourceLang, targetLang);
        boolean allMatched = matched == sentences.size();
        if (allMatched && lowestScore == 100) {
            return new DraftSegment(segment.id(), String.join(" ", parts), SegmentOrigin.MEMORY_EXACT, 100,
                    "Translation memory, " + matched + " exact sentence matches" + hints);
        }
        // a close match of the whole segment beats sentence pieces unless those are all at least as close
        Optional<MemoryMatch> wholeFuzzy = memory.fuzzy(segment.text(), sourceLang, targetLang, 1).stream().findFirst();
        if (wholeFuzzy.isPresent() && (!allMatched || wholeFuzzy.get().score() >= lowestScore)) {
            MemoryMatch m = wholeFuzzy.get();
            return new DraftSegment(segment.id(), m.targetText(), SegmentOrigin.MEMORY_FUZZY, m.score(),
                    "Translation memory, " + m.score() + "% fuzzy match: check against the source. Memory source: \""
                            + m.sourceText() + "\" (" + m.origin() + ")" + hints);
        }
        if (allMatched) {
            return new DraftSegment(segment.id(), String.join(" ", parts), SegmentOrigin.MEMORY_FUZZY, lowestScore,
                    "Translation memory, sentence matches, the weakest " + lowestScore + "%: check against the source" + hints);
        }
        if (matched == 0) {
            return new DraftSegment(segment.id(), "", SegmentOrigin.UNTRANSLATED, null,
                    "Untranslated: no translation-memory match" + hints);
        }
        return new DraftSegment(segment.id(), "", SegmentOrigin.UNTRANSLATED, null,
                "Untranslated: only " + matched + " of " + sentences.size() + " sentences are in the translation memory"
                        + (lowestScore < 100 ? " (some fuzzy, weakest " + lowestScore + "%)" : "")
                        + "; those are: " + String.join(" ", matchedTargets) + hints);
    }

    /** A sentence that is exactly one glossary term ("Russia", "COVID-19") takes its approved rendering. */
    private Optional<String> glossaryRendering(String sentence, String sourceLang, String targetLang) {
        String bare = sentence.strip().replaceAll("[.!?:;]+$", "");
        List<GlossaryHit> hits = glossary.find(bare, sourceLang);
        if (hits.size() == 1 && hits.getFirst().start() == 0 && hits.getFirst().end() == bare.length()) {
            return Optional.ofNullable(hits.getFirst().term().renderingIn(targetLang));
        }
        return Optional.empty();
    }

    private String glossaryHints(String text, String sourceLang, String targetLang) {
        String hints = glossary.find(text, sourceLang).stream()
                .map(h -> h.term().renderingIn(targetLang) == null ? null : h.term().term() + " → " + h.term().renderingIn(targetLang))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .collect(Collectors.joining("; "));
        return hints.isEmpty() ? "" : ". Glossary: " + hints;
    }
}
