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
    private final CounterCache<LlmSettings> merged;

    CurrentLlmSettings(LlmSettings file, SettingsStore store, ChangeCounters counters) {
        this.file = file;
        this.store = store;
        this.merged = new CounterCache<>(counters, SettingsStore.COUNTER, this::merge);
    }

    /** The same instance until the next change, so callers can cache what they build from it. */
    public LlmSettings get() {
        return merged.get();
    }

    public LlmSettings file() {
        return file;
    }

    /** After a change on this node: the next get reads the settings again (it would anyway, the counter moved). */
    void reload() {
        merged.invalidate();
    }

    private LlmSettings merge() {
        Map<String, LlmSettings.Provider> providers = new HashMap<>(file.providers());
        store.providers().forEach((id, saved) -> {
            LlmSettings.Provider fromFile = file.providers().get(id);
            providers.put(id, saved.hasApiKey() || fromFile == null ? saved : withKey(saved, fromFile.apiKey()));
        });
        Map<String, String> routes = new HashMap<>(file.routes());
        routes.putAll(store.routes());
        return new LlmSettings(routes, providers, file.cacheSize());
    }

    static LlmSettings.Provider withKey(LlmSettings.Provider p, String apiKey) {
        return new LlmSettings.Provider(p.type(), p.baseUrl(), apiKey, p.model(), p.temperature(), p.maxTokens(), p.timeout(),
                p.maxConcurrency(), p.maxAttempts(), p.retryBackoff(), p.contextTokens(), p.streaming(),
                p.inputPricePerMillion(), p.outputPricePerMillion());
    }
}
