package org.transdesk.llm.internal.remote;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.transdesk.llm.LlmSettings;

/**
 * Builds the LangChain4j model for a provider type. Every model gets our HTTP client (which keeps
 * Retry-After), no LangChain4j retries and no request logging (requests carry the API key).
 */
final class ProviderModels {

    static final String SUPPORTED = "openai, ollama, anthropic, gemini";

    private ProviderModels() {
    }

    static ChatClient client(String id, LlmSettings.Provider p) {
        String type = p.type() == null ? "" : p.type().strip();
        boolean stream = p.streaming();
        return switch (type) {
            case "openai" -> stream
                    ? streaming(p, OpenAiStreamingChatModel.builder().httpClientBuilder(http()).baseUrl(url(p, "https://api.openai.com/v1"))
                            .apiKey(key(p)).modelName(p.model()).temperature(p.temperature()).maxTokens(p.maxTokens())
                            .timeout(p.timeout()).logRequests(false).logResponses(false).build())
                    : blocking(p, OpenAiChatModel.builder().httpClientBuilder(http()).baseUrl(url(p, "https://api.openai.com/v1"))
                            .apiKey(key(p)).modelName(p.model()).temperature(p.temperature()).maxTokens(p.maxTokens())
                            .timeout(p.timeout()).maxRetries(0).logRequests(false).logResponses(false).build());
            case "ollama" -> stream
                    ? streaming(p, OllamaStreamingChatModel.builder().httpClientBuilder(http()).baseUrl(url(p, "http://localhost:11434"))
                            .modelName(p.model()).temperature(p.temperature()).numPredict(p.maxTokens())
                            .timeout(p.timeout()).logRequests(false).logResponses(false).build())
                    : blocking(p, OllamaChatModel.builder().httpClientBuilder(http()).baseUrl(url(p, "http://localhost:11434"))
                            .modelName(p.model()).temperature(p.temperature()).numPredict(p.maxTokens())
                            .timeout(p.timeout()).maxRetries(0).logRequests(false).logResponses(false).build());
            case "anthropic" -> stream
                    ? streaming(p, AnthropicStreamingChatModel.builder().httpClientBuilder(http()).baseUrl(url(p, "https://api.anthropic.com/v1/"))
                            .apiKey(key(p)).modelName(p.model()).temperature(p.temperature()).maxTokens(p.maxTokens())
                            .timeout(p.timeout()).logRequests(false).logResponses(false).build())
                    : blocking(p, AnthropicChatModel.builder().httpClientBuilder(http()).baseUrl(url(p, "https://api.anthropic.com/v1/"))
                            .apiKey(key(p)).modelName(p.model()).temperature(p.temperature()).maxTokens(p.maxTokens())
                            .timeout(p.timeout()).maxRetries(0).logRequests(false).logResponses(false).build());
            case "gemini" -> stream
                    ? streaming(p, GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(http())
                            .baseUrl(url(p, "https://generativelanguage.googleapis.com/v1beta"))
                            .apiKey(key(p)).modelName(p.model()).temperature(p.temperature()).maxOutputTokens(p.maxTokens())
                            .timeout(p.timeout()).logRequests(false).logResponses(false).build())
                    : blocking(p, GoogleAiGeminiChatModel.builder().httpClientBuilder(http())
                            .baseUrl(url(p, "https://generativelanguage.googleapis.com/v1beta"))
                            .apiKey(key(p)).modelName(p.model()).temperature(p.temperature()).maxOutputTokens(p.maxTokens())
                            .timeout(p.timeout()).maxRetries(0).logRequests(false).logResponses(false).build());
            default -> throw new IllegalStateException("transdesk.llm.providers." + id + ".type='" + p.type()
                    + "' is not supported; use one of: " + SUPPORTED);
        };
    }

    /** The model names the server offers, where its API lists them (all four types do). */
    static java.util.List<String> modelNames(LlmSettings.Provider p) {
        java.time.Duration timeout = p.timeout().compareTo(java.time.Duration.ofSeconds(20)) < 0 ? p.timeout() : java.time.Duration.ofSeconds(20);
        return switch (p.type() == null ? "" : p.type().strip()) {
            case "openai" -> names(dev.langchain4j.model.openai.OpenAiModelCatalog.builder().httpClientBuilder(http())
                    .baseUrl(url(p, "https://api.openai.com/v1")).apiKey(key(p)).connectTimeout(timeout).readTimeout(timeout)
                    .logRequests(false).logResponses(false).build());
            case "anthropic" -> names(dev.langchain4j.model.anthropic.AnthropicModelCatalog.builder().httpClientBuilder(http())
                    .baseUrl(url(p, "https://api.anthropic.com/v1/")).apiKey(key(p)).timeout(timeout)
                    .logRequests(false).logResponses(false).build());
            case "gemini" -> names(dev.langchain4j.model.googleai.GoogleAiGeminiModelCatalog.builder().httpClientBuilder(http())
                    .baseUrl(url(p, "https://generativelanguage.googleapis.com/v1beta")).apiKey(key(p)).timeout(timeout)
                    .logRequests(false).logResponses(false).build());
            case "ollama" -> dev.langchain4j.model.ollama.OllamaModels.builder().httpClientBuilder(http())
                    .baseUrl(url(p, "http://localhost:11434")).timeout(timeout).logRequests(false).logResponses(false).build()
                    .availableModels().content().stream().map(dev.langchain4j.model.ollama.OllamaModel::getName).sorted().toList();
            default -> java.util.List.of();
        };
    }

    private static java.util.List<String> names(dev.langchain4j.model.catalog.ModelCatalog catalog) {
        return catalog.listModels().stream().map(dev.langchain4j.model.catalog.ModelDescription::name).sorted().toList();
    }

    private static ChatClient blocking(LlmSettings.Provider p, dev.langchain4j.model.chat.ChatModel model) {
        return new LangChainChatClient(p, model, null);
    }

    private static ChatClient streaming(LlmSettings.Provider p, dev.langchain4j.model.chat.StreamingChatModel model) {
        return new LangChainChatClient(p, null, model);
    }

    private static HeaderKeepingHttpClient.Builder http() {
        return new HeaderKeepingHttpClient.Builder();
    }

    private static String url(LlmSettings.Provider p, String defaultUrl) {
        return p.baseUrl() == null || p.baseUrl().isBlank() ? defaultUrl : p.baseUrl().strip();
    }

    private static String key(LlmSettings.Provider p) {
        return p.hasApiKey() ? p.apiKey() : null;
    }
}
