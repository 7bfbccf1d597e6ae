package org.transdesk.llm.internal.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.Provenance;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.llm.internal.DraftingEngine;
import org.transdesk.memory.Glossary;

/** The built-in engine: translation memory + glossary for translations, extractive summary for summaries. */
@Component
public class OfflineEngine implements DraftingEngine {

    static final String TRANSLATION_LABEL =
            "Offline engine: translation memory and glossary only — connect a language model for full drafts";
    static final String SUMMARY_LABEL =
            "Offline engine: extractive summary (sentences picked from the article) — connect a language model for written summaries";

    private final OfflineTranslator translator;
    private final ExtractiveSummarizer summarizer;
    private final Glossary glossary;

    OfflineEngine(OfflineTranslator translator, Glossary glossary, SummaryLimits limits) {
        this.translator = translator;
        this.glossary = glossary;
        this.summarizer = new ExtractiveSummarizer(ExtractiveSummarizer.Settings.DEFAULT.withMaxRankedSentences(limits.maxSentences()));
    }

    @Override
    public EngineInfo info(boolean summary) {
        return new EngineInfo(LlmSettings.OFFLINE, summary ? SUMMARY_LABEL : TRANSLATION_LABEL, true,
                summary ? "extractive-textrank" : "tm+glossary");
    }

    @Override
    public GeneratedText translate(TranslationRequest request, GenerationListener listener) {
        long start = System.nanoTime();
        List<DraftSegment> out = new ArrayList<>();
        int total = request.segments().size();
        for (SourceSegment segment : request.segments()) {
            if (listener.cancelled()) {
                throw new GenerationCancelledException();
            }
            DraftSegment draft = translator.translate(segment, request.sourceLanguage(), request.targetLanguage());
            out.add(draft);
            listener.segmentReady(out.size() - 1, total, draft);
        }
        return new GeneratedText(out, provenance(false, request.sourceLanguage(), start));
    }

    @Override
    public GeneratedText summarize(SummaryRequest request, GenerationListener listener) {
        long start = System.nanoTime();
        if (listener.cancelled()) {
            throw new GenerationCancelledException();
        }
        List<String> from = request.paragraphs();
        String note = "Sentence taken from the article";
        if (request.inAnotherLanguage()) {
            // this engine extracts, it does not write: a summary in an edition's language is taken from its approved translation
            if (request.translation().stream().allMatch(p -> p == null || p.isBlank())) {
                String language = Phrase.language(request.language(), languageName(request.language()));
                throw new UserFacingException(Phrase.of("refusal.offline.summary-language", language, request.outputKey()));
            }
            from = request.translation();
            note = "Sentence taken from the approved " + languageName(request.language()) + " translation";
        }
        List<String> sentences = summarizer.summarize(from, Locale.forLanguageTag(request.language()), request.wordBudget());
        if (listener.cancelled()) {
            throw new GenerationCancelledException(); // the summariser is not interruptible: a cancel meanwhile still wins
        }
        List<DraftSegment> out = new ArrayList<>();
        for (String sentence : sentences) {
            DraftSegment draft = new DraftSegment("s" + (out.size() + 1), sentence, SegmentOrigin.EXTRACTED, null, note);
            out.add(draft);
            listener.segmentReady(out.size() - 1, sentences.size(), draft);
        }
        return new GeneratedText(out, provenance(true, request.language(), start));
    }

    private static String languageName(String tag) {
        var profile = org.transdesk.language.LanguageProfiles.of(tag);
        return profile.isGeneric() ? tag : profile.englishName();
    }

    private Provenance provenance(boolean summary, String sourceLang, long startNanos) {
        EngineInfo info = info(summary);
        return new Provenance(info.engineId(), info.label(), info.model(), null,
                summary ? null : glossary.version(sourceLang), 0, 0,
                (System.nanoTime() - startNanos) / 1_000_000, BigDecimal.ZERO);
    }
}
