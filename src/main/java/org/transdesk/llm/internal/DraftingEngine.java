package org.transdesk.llm.internal;

import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;

/** One engine behind the routes: the offline engine or a model provider. */
public interface DraftingEngine {

    EngineInfo info(boolean summary);

    GeneratedText translate(TranslationRequest request, GenerationListener listener);

    GeneratedText summarize(SummaryRequest request, GenerationListener listener);
}
