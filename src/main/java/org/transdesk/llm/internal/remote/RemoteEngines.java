package org.transdesk.llm.internal.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.internal.settings.CurrentLlmSettings;
import org.transdesk.memory.Glossary;

/**
 * The model providers in force. Those of the configuration file are built at start-up, so a
 * provider with an unknown type or without a model stops the start with a message naming the
 * property; after an ADMIN changes the settings, the engines are rebuilt on the next use.
 */
@Component
public class RemoteEngines {

    static final int BREAKER_THRESHOLD = 5;
    static final Duration BREAKER_PAUSE = Duration.ofSeconds(30);

    private record Built(LlmSettings source, Map<String, RemoteEngine> engines) {
    }

    private final CurrentLlmSettings settings;
    private final Glossary glossary;
    private final DraftCache cache;
    private volatile Built built;

    RemoteEngines(CurrentLlmSettings settings, Glossary glossary) {
        this.settings = settings;
        this.glossary = glossary;
        this.cache = new DraftCache(settings.file().cacheSize());
        this.built = build(settings.file());
    }

    public Optional<RemoteEngine> byId(String id) {
        LlmSettings current = settings.get();
        Built now = built;
        if (now.source() != current) {
            synchronized (this) {
                if (built.source() != current) {
                    built = buildUsable(current);
                }
                now = built;
            }
        }
        return Optional.ofNullable(now.engines().get(id));
    }

    /** Builds without keeping: throws a {@link UserFacingException} when the provider cannot be built. */
    public void probeBuild(String id, LlmSettings.Provider provider) {
        try {
            build(id, provider, glossary, cache);
        } catch (RuntimeException e) {
            throw new UserFacingException(Phrase.of("refusal.settings.cannot-use", e.getMessage()));
        }
    }

    /** A provider's answer to a tiny prompt: how long it took and what it said. */
    public record Probe(long latencyMs, String reply) {
    }

    /**
     * One call with a tiny prompt, no retries: the latency, or a {@link UserFacingException}
     * with the exact error (the "Test" button of the settings view).
     */
    public Probe probe(String id, LlmSettings.Provider provider) {
        ChatClient client;
        try {
            client = ProviderModels.client(id, provider);
        } catch (RuntimeException e) {
            throw new UserFacingException(e.getMessage());
        }
        long start = System.nanoTime();
        try {
            ModelReply reply = client.complete(new ModelCall("You check that a model server works. Answer with the single word OK.",
                    "Are you there?"), text -> { }, () -> false);
            String text = reply.text().strip();
            return new Probe((System.nanoTime() - start) / 1_000_000, text.length() > 80 ? text.substring(0, 80) + "…" : text);
        } catch (ModelFailure failure) {
            throw new UserFacingException(failure.phrase());
        } catch (RuntimeException e) {
            RuntimeException failure = Failures.classify(e);
            throw failure instanceof ModelFailure model ? new UserFacingException(model.phrase()) : new UserFacingException(failure.getMessage());
        }
    }

    /** The models the provider's server lists, or the exact error as a {@link UserFacingException}. */
    /** A classified failure inside another sentence: its phrase when it is a model failure, else its English. */
    private static String said(RuntimeException failure) {
        return failure instanceof ModelFailure model ? model.said() : failure.getMessage();
    }

    public java.util.List<String> modelNames(LlmSettings.Provider provider) {
        try {
            return ProviderModels.modelNames(provider);
        } catch (RuntimeException e) {
            throw new UserFacingException(Phrase.of("refusal.settings.models-unlisted", said(Failures.classify(e))));
        }
    }

    /**
     * Like {@link #build(LlmSettings)}, but a provider whose stored key this node cannot decrypt (it has no key
     * now) and that cannot be built without one is left out instead of failing every other provider; its
     * routes report the key problem (RoutedLanguageModels).
     */
    private Built buildUsable(LlmSettings source) {
        Map<String, RemoteEngine> engines = new HashMap<>();
        source.providers().forEach((id, provider) -> {
            try {
                engines.put(id, build(id, provider, glossary, cache));
            } catch (RuntimeException e) {
                if (settings.keyProblem(id).isEmpty()) {
                    throw e;
                }
            }
        });
        return new Built(source, Map.copyOf(engines));
    }

    private Built build(LlmSettings source) {
        Map<String, RemoteEngine> engines = new HashMap<>();
        source.providers().forEach((id, provider) -> engines.put(id, build(id, provider, glossary, cache)));
        return new Built(source, Map.copyOf(engines));
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
