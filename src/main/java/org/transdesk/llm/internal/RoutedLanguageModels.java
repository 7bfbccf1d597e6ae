package org.transdesk.llm.internal;

import org.springframework.stereotype.Service;
import org.transdesk.base.Phrase;
import org.transdesk.article.Output;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.llm.internal.offline.OfflineEngine;
import org.transdesk.llm.internal.remote.RemoteEngines;
import org.transdesk.llm.internal.settings.CurrentLlmSettings;

/** Sends each request to the engine its output's route names. */
@Service
class RoutedLanguageModels implements LanguageModels {

    private final CurrentLlmSettings settings;
    private final OfflineEngine offline;
    private final RemoteEngines remote;

    RoutedLanguageModels(CurrentLlmSettings settings, OfflineEngine offline, RemoteEngines remote) {
        this.settings = settings;
        this.offline = offline;
        this.remote = remote;
    }

    @Override
    public EngineInfo engineFor(String outputKey) {
        // every summary, in the source's language or an edition's, is described as a summary (an edition summary was
        // labelled "translation memory and glossary" by the offline engine)
        return engine(outputKey).info(Output.ofKey(outputKey).map(Output::isSummary).orElse(false));
    }

    @Override
    public GeneratedText translate(TranslationRequest request, GenerationListener listener) {
        return usable(request.outputKey()).translate(request, listener);
    }

    @Override
    public GeneratedText summarize(SummaryRequest request, GenerationListener listener) {
        return usable(request.outputKey()).summarize(request, listener);
    }

    /** The engine, unless its stored key cannot be decrypted here: then say so, rather than call the server without a key. */
    private DraftingEngine usable(String outputKey) {
        settings.keyPhrase(settings.get().routeFor(outputKey)).ifPresent(problem -> {
            throw new UserFacingException(problem);
        });
        return engine(outputKey);
    }

    private DraftingEngine engine(String outputKey) {
        String route = settings.get().routeFor(outputKey);
        if (LlmSettings.OFFLINE.equals(route)) {
            return offline;
        }
        Phrase unusable = settings.keyPhrase(route).orElse(Phrase.of("refusal.settings.route-unknown-engine", outputKey, route));
        return remote.byId(route).map(DraftingEngine.class::cast).orElseThrow(() -> new UserFacingException(unusable));
    }
}
