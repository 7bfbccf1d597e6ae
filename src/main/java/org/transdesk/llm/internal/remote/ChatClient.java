package org.transdesk.llm.internal.remote;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** One provider's chat endpoint, in our own types; implementations hide LangChain4j. */
interface ChatClient {

    /**
     * Sends the call and blocks until the answer is complete, the provider's timeout passes
     * ({@link ModelFailure}) or {@code cancelled} turns true ({@link org.transdesk.llm.GenerationCancelledException}).
     * Streamed text arrives in {@code onText} as the accumulated answer so far.
     */
    ModelReply complete(ModelCall call, Consumer<String> onText, BooleanSupplier cancelled);

    /** "openai/gpt-4o-mini": names the model in provenance and cache keys. */
    String model();
}
