package org.transdesk.llm.internal.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.transdesk.llm.LlmSettings;
import org.transdesk.memory.Glossary;

/**
 * The model providers of {@code transdesk.llm.providers}, built once at start-up. A provider
 * with an unknown type or without a model stops the start with a message naming the property.
 */
@Component
public class RemoteEngines {

    static final int BREAKER_THRESHOLD = 5;
    static final Duration BREAKER_PAUSE = Duration.ofSeconds(30);

    private final Map<String, RemoteEngine> engines = new HashMap<>();

    RemoteEngines(LlmSettings settings, Glossary glossary) {
        DraftCache cache = new DraftCache(settings.cacheSize());
        settings.providers().forEach((id, provider) -> engines.put(id, build(id, provider, glossary, cache)));
    }

    public Optional<RemoteEngine> byId(String id) {
        return Optional.ofNullable(engines.get(id));
    }

    static RemoteEngine build(String id, LlmSettings.Provider provider, Glossary glossary, DraftCache cache) {
        return build(id, provider, glossary, cache, RetryingCaller::sleepWatchingCancel);
    }

    static RemoteEngine build(String id, LlmSettings.Provider provider, Glossary glossary, DraftCache cache,
                              RetryingCaller.Sleeper sleeper) {
        if (LlmSettings.OFFLINE.equals(id)) {
            throw new IllegalStateException("transdesk.llm.providers.offline: 'offline' is the built-in engine; choose another id");
        }
        if (provider.model() == null || provider.model().isBlank()) {
            throw new IllegalStateException("transdesk.llm.providers." + id + ".model is required");
        }
        ChatClient client = ProviderModels.client(id, provider);
        RetryingCaller caller = new RetryingCaller(id, client, provider.maxConcurrency(), provider.maxAttempts(),
                provider.retryBackoff(), new CircuitBreaker(BREAKER_THRESHOLD, BREAKER_PAUSE, Clock.systemUTC()),
                sleeper);
        return new RemoteEngine(id, provider, caller, glossary, cache);
    }
}
