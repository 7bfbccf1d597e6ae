package org.transdesk.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code transdesk.llm.routes.default} names the engine for every output ("offline" unless a
 * provider is configured); {@code transdesk.llm.routes.vi / .ru / .summary} override per output.
 * {@code transdesk.llm.providers.<id>.*} describes each model server a route may name (see
 * docs/llm-providers.md); {@code transdesk.llm.cache-size} bounds the cache of accepted model
 * paragraphs (0 turns it off). API keys are masked in {@link #toString()} so they never reach a log.
 */
@ConfigurationProperties("transdesk.llm")
public record LlmSettings(Map<String, String> routes, Map<String, Provider> providers, Integer cacheSize) {

    public static final String OFFLINE = "offline";

    public LlmSettings {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        providers = providers == null ? Map.of() : Map.copyOf(providers);
        cacheSize = cacheSize == null ? 20_000 : cacheSize;
        if (cacheSize < 0) {
            throw new IllegalArgumentException("transdesk.llm.cache-size must be 0 (off) or more");
        }
    }

    public String routeFor(String outputKey) {
        String route = routes.get(outputKey);
        if (route == null || route.isBlank()) {
            route = routes.getOrDefault("default", OFFLINE);
        }
        return route.isBlank() ? OFFLINE : route.strip();
    }

    @Override
    public String toString() {
        return "LlmSettings[routes=" + new TreeMap<>(routes) + ", providers=" + new TreeMap<>(providers)
                + ", cacheSize=" + cacheSize + "]";
    }

    /**
     * One model server. Only {@code type} and {@code model} are required; prices are per million
     * tokens (in whatever currency the newsroom budgets in) and feed the estimated cost of a draft.
     */
    public record Provider(String type, String baseUrl, String apiKey, String model, Double temperature,
                           Integer maxTokens, Duration timeout, Integer maxConcurrency, Integer maxAttempts,
                           Duration retryBackoff, Integer contextTokens, Boolean streaming,
                           BigDecimal inputPricePerMillion, BigDecimal outputPricePerMillion) {

        public Provider {
            timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
            maxConcurrency = maxConcurrency == null ? 4 : maxConcurrency;
            maxAttempts = maxAttempts == null ? 4 : maxAttempts;
            retryBackoff = retryBackoff == null ? Duration.ofSeconds(1) : retryBackoff;
            contextTokens = contextTokens == null ? 8192 : contextTokens;
            streaming = streaming == null || streaming;
            maxTokens = maxTokens == null ? 4096 : maxTokens;
            if (maxConcurrency < 1 || maxAttempts < 1 || contextTokens < 512 || maxTokens < 1) {
                throw new IllegalArgumentException("max-concurrency, max-attempts and max-tokens must be at least 1, "
                        + "context-tokens at least 512");
            }
        }

        public boolean hasApiKey() {
            return apiKey != null && !apiKey.isBlank();
        }

        public BigDecimal costOf(long promptTokens, long completionTokens) {
            BigDecimal in = inputPricePerMillion == null ? BigDecimal.ZERO : inputPricePerMillion;
            BigDecimal out = outputPricePerMillion == null ? BigDecimal.ZERO : outputPricePerMillion;
            return in.multiply(BigDecimal.valueOf(promptTokens)).add(out.multiply(BigDecimal.valueOf(completionTokens)))
                    .divide(BigDecimal.valueOf(1_000_000));
        }

        /** Never prints the key, only whether one is set. */
        @Override
        public String toString() {
            return "Provider[type=" + type + ", baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "****" : "none")
                    + ", model=" + model + ", temperature=" + temperature + ", maxTokens=" + maxTokens
                    + ", timeout=" + timeout + ", maxConcurrency=" + maxConcurrency + ", maxAttempts=" + maxAttempts
                    + ", contextTokens=" + contextTokens + ", streaming=" + streaming + "]";
        }
    }
}
