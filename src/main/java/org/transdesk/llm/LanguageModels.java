package org.transdesk.llm;

/** Produces draft text for an output through the engine its route names. */
public interface LanguageModels {

    /** Which engine the route of this output uses now, with the label the UI shows. */
    EngineInfo engineFor(String outputKey);

    GeneratedText translate(TranslationRequest request, GenerationListener listener);

    GeneratedText summarize(SummaryRequest request, GenerationListener listener);
}
