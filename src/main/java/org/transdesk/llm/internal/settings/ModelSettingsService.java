package org.transdesk.llm.internal.settings;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.Phrase;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.internal.remote.RemoteEngines;
import org.transdesk.security.CurrentUser;

/**
 * ADMIN edits of providers and routes, stored in the database over the configuration file. Bad
 * input is refused with a message and stores nothing; API keys are stored but never returned.
 */
@Service
public class ModelSettingsService {

    /** The routes before the configured outputs' ({@code default}) and after them ({@code review}). */
    static final String DEFAULT_ROUTE = "default";
    static final String REVIEW_ROUTE = "review";
    public static final List<String> TYPES = List.of("openai", "ollama", "anthropic", "gemini");
    /** Encrypted, a key this long still fits the column (V15_1: 2000 characters). */
    static final int MAX_KEY_LENGTH = 1000;

    private final CurrentLlmSettings current;
    private final SettingsStore store;
    private final RemoteEngines engines;
    private final AuditLog audit;

    private final List<String> routeKeys;

    ModelSettingsService(CurrentLlmSettings current, SettingsStore store, RemoteEngines engines, AuditLog audit,
                         org.transdesk.article.Outputs outputs) {
        List<String> keys = new ArrayList<>(List.of(DEFAULT_ROUTE));
        keys.addAll(outputs.keys());
        keys.add(REVIEW_ROUTE);
        this.routeKeys = List.copyOf(keys);
        this.current = current;
        this.store = store;
        this.engines = engines;
        this.audit = audit;
    }

    /** {@code default}, one route per configured output ({@code transdesk.outputs}), then {@code review}. */
    public List<String> routeKeys() {
        return routeKeys;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ProviderRow> providers() {
        Set<String> saved = store.providers().keySet();
        List<ProviderRow> rows = new ArrayList<>();
        new java.util.TreeMap<>(current.get().providers()).forEach((id, p) -> rows.add(new ProviderRow(id, p.type(), p.baseUrl(), p.model(),
                p.hasApiKey(), saved.contains(id) ? "settings (database)" : "configuration file", p.temperature(),
                p.timeout().toSeconds(), p.maxConcurrency(), p.inputPricePerMillion(), p.outputPricePerMillion(),
                current.keyProblem(id).orElse(null))));
        return rows;
    }

    /** Route key to engine id, for every route key ("offline" where nothing is set). */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        LlmSettings settings = current.get();
        routeKeys.forEach(key -> routes.put(key, "default".equals(key)
                ? settings.routes().getOrDefault("default", LlmSettings.OFFLINE) : settings.routes().getOrDefault(key, "")));
        return routes;
    }

    /** "offline" and every provider id: what a route may name. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> engineChoices() {
        List<String> choices = new ArrayList<>(List.of(LlmSettings.OFFLINE));
        choices.addAll(new TreeSet<>(current.get().providers().keySet()));
        return choices;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void saveProvider(ProviderForm form) {
        String id = required(form.id(), "refusal.settings.field.provider-id").toLowerCase(java.util.Locale.ROOT);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}") || LlmSettings.OFFLINE.equals(id)) {
            throw new UserFacingException(Phrase.of("refusal.settings.provider-id"));
        }
        String type = required(form.type(), "refusal.settings.field.type");
        if (!TYPES.contains(type)) {
            throw new UserFacingException(Phrase.of("refusal.settings.type", TYPES));
        }
        String model = required(form.model(), "refusal.settings.field.model");
        String baseUrl = blankToNull(form.baseUrl());
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            throw new UserFacingException(Phrase.of("refusal.settings.base-url"));
        }
        if (form.temperature() != null && (form.temperature() < 0 || form.temperature() > 2)) {
            throw new UserFacingException(Phrase.of("refusal.settings.temperature"));
        }
        if (form.timeoutSeconds() != null && (form.timeoutSeconds() < 1 || form.timeoutSeconds() > 3600)) {
            throw new UserFacingException(Phrase.of("refusal.settings.timeout"));
        }
        if (form.maxConcurrency() != null && (form.maxConcurrency() < 1 || form.maxConcurrency() > 64)) {
            throw new UserFacingException(Phrase.of("refusal.settings.concurrency"));
        }
        String apiKey = blankToNull(form.apiKey());
        if (apiKey != null && apiKey.length() > MAX_KEY_LENGTH) {
            throw new UserFacingException(Phrase.of("refusal.settings.key-long", MAX_KEY_LENGTH));
        }
        if (apiKey == null && store.saved().unreadableKeys().contains(id)) {
            // "keep the current key" cannot keep a key nobody here can read: it would be dropped, or sent as garbage
            throw new UserFacingException(CurrentLlmSettings.unreadableKey(id));
        }
        if (apiKey == null) {
            // blank means "keep the key already set", but only for the same endpoint: a key left blank
            // while the base URL or type changed was sent to the new host
            LlmSettings.Provider before = current.get().providers().get(id);
            if (before != null && before.hasApiKey() && !(type.equals(before.type()) && java.util.Objects.equals(baseUrl, before.baseUrl()))) {
                throw new UserFacingException(Phrase.of("refusal.settings.key-again", id));
            }
            LlmSettings.Provider saved = store.providers().get(id);
            apiKey = saved == null ? null : saved.apiKey();
        }
        LlmSettings.Provider provider = new LlmSettings.Provider(type, baseUrl, apiKey, model, form.temperature(), null,
                form.timeoutSeconds() == null ? null : Duration.ofSeconds(form.timeoutSeconds()), form.maxConcurrency(),
                null, null, null, null, form.inputPricePerMillion(), form.outputPricePerMillion());
        engines.probeBuild(id, provider);
        store.saveProvider(id, provider, CurrentUser.require());
        audit.record("llm.provider.saved", null, null, "provider " + id + ": " + type + " " + model
                + (baseUrl == null ? "" : " at " + baseUrl) + (apiKey == null ? ", no API key" : ", API key set"));
        current.reload();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteProvider(String id) {
        if (!store.providers().containsKey(id)) {
            throw new UserFacingException(Phrase.of("refusal.settings.not-saved", id));
        }
        boolean stillDefined = current.file().providers().containsKey(id);
        if (!stillDefined && current.get().routes().containsValue(id)) {
            throw new UserFacingException(Phrase.of("refusal.settings.still-routed", id));
        }
        store.deleteProvider(id);
        audit.record("llm.provider.deleted", null, null, "provider " + id);
        current.reload();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRoute(String routeKey, String engineId) {
        if (!routeKeys.contains(routeKey)) {
            throw new UserFacingException(Phrase.of("refusal.settings.unknown-route", routeKey, routeKeys));
        }
        String engine = required(engineId, "refusal.settings.field.engine");
        if (!LlmSettings.OFFLINE.equals(engine) && !current.get().providers().containsKey(engine)) {
            throw new UserFacingException(Phrase.of("refusal.settings.no-provider-add", engine));
        }
        store.saveRoute(routeKey, engine, CurrentUser.require());
        audit.record("llm.route.set", null, "default".equals(routeKey) ? null : routeKey, routeKey + " -> " + engine);
        current.reload();
    }

    /**
     * An output's route back to "(use default)": its saved choice is removed (the default route is always set,
     * so it cannot be cleared).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void clearRoute(String routeKey) {
        if (!routeKeys.contains(routeKey) || "default".equals(routeKey)) {
            throw new UserFacingException(Phrase.of("refusal.settings.route-default", routeKey, routeKeys));
        }
        if (store.deleteRoute(routeKey)) {
            audit.record("llm.route.cleared", null, routeKey, routeKey + " -> (default)");
            current.reload();
        }
    }

    /** One tiny call to the provider as configured now: latency, or the exact error as a UserFacingException. */
    @PreAuthorize("hasRole('ADMIN')")
    public RemoteEngines.Probe test(String id) {
        LlmSettings.Provider provider = current.get().providers().get(id);
        if (provider == null) {
            throw new UserFacingException(Phrase.of("refusal.settings.no-provider", id));
        }
        requireReadableKey(id);
        return engines.probe(id, provider);
    }

    /** The models the provider's server offers (for choosing the model name), or the exact error. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> serverModels(String id) {
        LlmSettings.Provider provider = current.get().providers().get(id);
        if (provider == null) {
            throw new UserFacingException(Phrase.of("refusal.settings.no-provider", id));
        }
        requireReadableKey(id);
        return engines.modelNames(provider);
    }

    private void requireReadableKey(String id) {
        current.keyPhrase(id).ifPresent(problem -> {
            throw new UserFacingException(problem);
        });
    }

    private static String required(String value, String label) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(Phrase.of("refusal.settings.required", Phrase.word(label)));
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
