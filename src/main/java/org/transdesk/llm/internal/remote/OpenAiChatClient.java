package org.transdesk.llm.internal.remote;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.transdesk.llm.LlmSettings;

/** OpenAI and every server speaking its chat-completions API (vLLM, llama.cpp, LM Studio, Ollama's /v1, ...). */
final class OpenAiChatClient implements ChatClient {

    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    private final LlmSettings.Provider settings;
    private final ChatModel blocking;
    private final StreamingChatModel streaming;

    OpenAiChatClient(LlmSettings.Provider settings) {
        this.settings = settings;
        String baseUrl = settings.baseUrl() == null || settings.baseUrl().isBlank() ? DEFAULT_BASE_URL : settings.baseUrl();
        String apiKey = settings.hasApiKey() ? settings.apiKey() : null;
        if (settings.streaming()) {
            this.blocking = null;
            this.streaming = dev.langchain4j.model.openai.OpenAiStreamingChatModel.builder()
                    .httpClientBuilder(new HeaderKeepingHttpClient.Builder())
                    .baseUrl(baseUrl).apiKey(apiKey).modelName(settings.model())
                    .temperature(settings.temperature()).maxTokens(settings.maxTokens())
                    .timeout(settings.timeout()).logRequests(false).logResponses(false)
                    .build();
        } else {
            this.streaming = null;
            this.blocking = dev.langchain4j.model.openai.OpenAiChatModel.builder()
                    .httpClientBuilder(new HeaderKeepingHttpClient.Builder())
                    .baseUrl(baseUrl).apiKey(apiKey).modelName(settings.model())
                    .temperature(settings.temperature()).maxTokens(settings.maxTokens())
                    .timeout(settings.timeout()).maxRetries(0) // our RetryingCaller retries, honouring Retry-After
                    .logRequests(false).logResponses(false)
                    .build();
        }
    }

    @Override
    public String model() {
        return "openai/" + settings.model();
    }

    @Override
    public ModelReply complete(ModelCall call, Consumer<String> onText, BooleanSupplier cancelled) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(call.system()), UserMessage.from(call.user()))
                .build();
        CompletableFuture<ChatResponse> answer = new CompletableFuture<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        Runnable abort;
        if (streaming != null) {
            streaming.chat(request, new Handler(answer, handle, onText, cancelled));
            abort = () -> {
                StreamingHandle h = handle.get();
                if (h != null) {
                    h.cancel();
                }
            };
        } else {
            Thread worker = Thread.ofVirtual().start(() -> {
                try {
                    answer.complete(blocking.chat(request));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            abort = worker::interrupt;
        }
        ChatResponse response = Waiting.forAnswer(answer, settings.timeout(), cancelled, abort);
        return toReply(response);
    }

    private static ModelReply toReply(ChatResponse response) {
        var usage = response.tokenUsage();
        long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new ModelReply(response.aiMessage() == null ? "" : response.aiMessage().text(),
                response.finishReason() == FinishReason.LENGTH, in, out);
    }

    /** Collects streamed tokens; stops the stream as soon as the editor cancels. */
    private static final class Handler implements StreamingChatResponseHandler {

        private final CompletableFuture<ChatResponse> answer;
        private final AtomicReference<StreamingHandle> handle;
        private final Consumer<String> onText;
        private final BooleanSupplier cancelled;
        private final StringBuilder sofar = new StringBuilder();

        Handler(CompletableFuture<ChatResponse> answer, AtomicReference<StreamingHandle> handle,
                Consumer<String> onText, BooleanSupplier cancelled) {
            this.answer = answer;
            this.handle = handle;
            this.onText = onText;
            this.cancelled = cancelled;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            handle.set(context.streamingHandle());
            if (cancelled.getAsBoolean()) {
                context.streamingHandle().cancel();
                return;
            }
            sofar.append(partial.text());
            onText.accept(sofar.toString());
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            answer.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            answer.completeExceptionally(error);
        }
    }
}
