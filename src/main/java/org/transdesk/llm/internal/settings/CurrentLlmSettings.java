package org.transdesk.llm.internal.settings;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.transdesk.base.ChangeCounters;
import org.transdesk.base.CounterCache;
import org.transdesk.llm.LlmSettings;

/**
 * The settings in force: {@code transdesk.llm.*} from the configuration file, overridden entry by
 * entry by what an ADMIN saved in the database. A provider saved without an API key keeps the
 * key the file (or the environment) gives the same id. Read lazily, after Flyway has run, and read
 * again when a node saved a change ({@link SettingsStore#COUNTER}), so a change made on one node is
 * used by the next generation on every node.
 */
@Component
public class CurrentLlmSettings {

    private final LlmSettings file;
    private final SettingsStore store;
    private final CounterCache<Merged> merged;

    /** The settings, and the saved providers whose stored key this node cannot decrypt. */
    private record Merged(LlmSettings settings, java.util.Set<String> unreadableKeys) {
    }

    CurrentLlmSettings(LlmSettings file, SettingsStore store, ChangeCounters counters) {
        this.file = file;
        this.store = store;
        this.merged = new CounterCache<>(counters, SettingsStore.COUNTER, this::merge);
    }

    /** The same instance until the next change, so callers can cache what they build from it. */
    public LlmSettings get() {
        return merged.get().settings();
    }

    /**
     * Why the provider's stored API key cannot be used, when it cannot: it was encrypted with another
     * secret key than this node has (or is damaged). The provider then has no key, so nothing is sent
     * with a wrong one; every use reports this instead.
     */
    public java.util.Optional<String> keyProblem(String providerId) {
        return merged.get().unreadableKeys().contains(providerId) ? java.util.Optional.of(unreadableKeyMessage(providerId)) : java.util.Optional.empty();
    }

    static String unreadableKeyMessage(String providerId) {
        return unreadableKey(providerId).english();
    }

    /** The same refusal as {@link #keyProblem}, said in the screen's language. */
    public java.util.Optional<org.transdesk.base.Phrase> keyPhrase(String providerId) {
        return keyProblem(providerId).map(english -> unreadableKey(providerId));
    }

    static org.transdesk.base.Phrase unreadableKey(String providerId) {
        return org.transdesk.base.Phrase.of("refusal.settings.key-unreadable", providerId);
    }

    public LlmSettings file() {
        return file;
    }

    /** After a change on this node: the next get reads the settings again (it would anyway, the counter moved). */
    void reload() {
        merged.invalidate();
    }

    private Merged merge() {
        Map<String, LlmSettings.Provider> providers = new HashMap<>(file.providers());
        SettingsStore.Saved stored = store.saved();
        stored.providers().forEach((id, saved) -> {
            LlmSettings.Provider fromFile = file.providers().get(id);
            // the file's key only for the endpoint the file gives it for: never sent to another host; and not
            // in place of a saved key this node cannot decrypt (the ADMIN chose that key)
            boolean keepAsSaved = saved.hasApiKey() || fromFile == null || !sameEndpoint(saved, fromFile)
                    || stored.unreadableKeys().contains(id);
            providers.put(id, keepAsSaved ? saved : withKey(saved, fromFile.apiKey()));
        });
        Map<String, String> routes = new HashMap<>(file.routes());
        routes.putAll(store.routes());
        return new Merged(new LlmSettings(routes, providers, file.cacheSize()), stored.unreadableKeys());
    }

    /** Same type and base URL: where a key may be sent. */
    static boolean sameEndpoint(LlmSettings.Provider a, LlmSettings.Provider b) {
        return java.util.Objects.equals(a.type(), b.type()) && java.util.Objects.equals(a.baseUrl(), b.baseUrl());
    }

    static LlmSettings.Provider withKey(LlmSettings.Provider p, String apiKey) {
        return new LlmSettings.Provider(p.type(), p.baseUrl(), apiKey, p.model(), p.temperature(), p.maxTokens(), p.timeout(),
                p.maxConcurrency(), p.maxAttempts(), p.retryBackoff(), p.contextTokens(), p.streaming(),
                p.inputPricePerMillion(), p.outputPricePerMillion());
    }
}
