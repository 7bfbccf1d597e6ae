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

/**
 * A provider through LangChain4j's {@link ChatModel} or {@link StreamingChatModel} (built by
 * {@link ProviderModels}); LangChain4j's own retries are off, {@link RetryingCaller} retries.
 */
final class LangChainChatClient implements ChatClient {

    private final String model;
    private final LlmSettings.Provider settings;
    private final ChatModel blocking;
    private final StreamingChatModel streaming;

    LangChainChatClient(LlmSettings.Provider settings, ChatModel blocking, StreamingChatModel streaming) {
        if ((blocking == null) == (streaming == null)) {
            throw new IllegalArgumentException("exactly one of blocking and streaming");
        }
        this.model = settings.type() + "/" + settings.model();
        this.settings = settings;
        this.blocking = blocking;
        this.streaming = streaming;
    }

    @Override
    public String model() {
        return model;
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
