package org.transdesk.llm.internal.settings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.base.ChangeCounters;
import org.transdesk.base.Inserts;
import org.transdesk.base.SecretCipher;
import org.transdesk.llm.LlmSettings;

/**
 * The llm_provider and llm_route tables: what an ADMIN changed in the settings view. Every write
 * counts a change of {@link #COUNTER} in its transaction, so every node reloads the settings; two
 * nodes saving the same provider or route at once both succeed, the later commit's values stay.
 * API keys are stored encrypted ({@link SecretCipher}, the provider's id as associated data), never in
 * plain text; a key that cannot be decrypted with this node's secret key is read as no key and named in
 * {@link Saved#unreadableKeys()}, so it is reported, never sent.
 */
@Repository
class SettingsStore {

    static final String COUNTER = "llm.settings";

    private final JdbcClient jdbc;
    private final ChangeCounters counters;
    private final Inserts inserts;
    private final SecretCipher cipher;

    SettingsStore(JdbcClient jdbc, ChangeCounters counters, Inserts inserts, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.inserts = inserts;
        this.cipher = cipher;
    }

    /** The saved providers (keys decrypted), and the ids whose stored key this node's secret key cannot decrypt. */
    record Saved(Map<String, LlmSettings.Provider> providers, java.util.Set<String> unreadableKeys) {
    }

    Map<String, LlmSettings.Provider> providers() {
        return saved().providers();
    }

    Saved saved() {
        Map<String, LlmSettings.Provider> providers = new LinkedHashMap<>();
        java.util.Set<String> unreadable = new java.util.TreeSet<>();
        jdbc.sql("select * from llm_provider order by id").query(rs -> {
            String id = rs.getString("id");
            String apiKey;
            try {
                apiKey = cipher.decrypt(rs.getString("api_key"), keyContext(id));
            } catch (SecretCipher.UndecryptableException e) {
                apiKey = null;
                unreadable.add(id);
            }
            providers.put(id, provider(rs, apiKey));
        });
        return new Saved(providers, java.util.Collections.unmodifiableSet(unreadable));
    }

    /**
     * Encrypts the keys an older version stored in plain text (at every start, so a restored old backup is
     * encrypted too); an update only where the row still holds that plain text. Returns how many.
     */
    int encryptPlainKeys() {
        int encrypted = 0;
        for (Map.Entry<String, String> row : jdbc.sql("select id, api_key from llm_provider where api_key is not null").query(
                (rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()) {
            if (!SecretCipher.isEncrypted(row.getValue())) {
                encrypted += jdbc.sql("update llm_provider set api_key = ? where id = ? and api_key = ?")
                        .params(cipher.encrypt(row.getValue(), keyContext(row.getKey())), row.getKey(), row.getValue()).update();
            }
        }
        return encrypted;
    }

    /** The associated data of a provider's key: the row it belongs to. */
    static String keyContext(String providerId) {
        return "llm_provider.api_key:" + providerId;
    }

    Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        jdbc.sql("select output_key, engine_id from llm_route").query(rs -> {
            routes.put(rs.getString(1), rs.getString(2));
        });
        return routes;
    }

    /** Updates the saved provider, or inserts it: no delete-then-insert, which two nodes at once turn into a key clash. */
    void saveProvider(String id, LlmSettings.Provider p, String user) {
        Object[] values = {p.type(), p.baseUrl(), cipher.encrypt(p.apiKey(), keyContext(id)), p.model(), p.temperature(), p.maxTokens(),
                (int) p.timeout().toSeconds(), p.maxConcurrency(), p.contextTokens(), p.streaming(),
                p.inputPricePerMillion(), p.outputPricePerMillion(), user, Timestamp.from(Instant.now()), id};
        Runnable update = () -> jdbc.sql("""
                        update llm_provider set type = ?, base_url = ?, api_key = ?, model = ?, temperature = ?, max_tokens = ?,
                            timeout_seconds = ?, max_concurrency = ?, context_tokens = ?, streaming = ?, input_price_per_million = ?,
                            output_price_per_million = ?, updated_by = ?, updated_at = ? where id = ?""").params(values).update();
        upsert("select count(*) from llm_provider where id = ?", id, update, () -> jdbc.sql("""
                        insert into llm_provider (type, base_url, api_key, model, temperature, max_tokens, timeout_seconds,
                            max_concurrency, context_tokens, streaming, input_price_per_million, output_price_per_million,
                            updated_by, updated_at, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update());
    }

    boolean deleteProvider(String id) {
        counters.bump(COUNTER);
        return jdbc.sql("delete from llm_provider where id = ?").param(id).update() > 0;
    }

    /** The route's override goes: the output uses the configuration's route again, else the default. */
    boolean deleteRoute(String outputKey) {
        counters.bump(COUNTER);
        return jdbc.sql("delete from llm_route where output_key = ?").param(outputKey).update() > 0;
    }

    void saveRoute(String outputKey, String engineId, String user) {
        Object[] values = {engineId, user, Timestamp.from(Instant.now()), outputKey};
        upsert("select count(*) from llm_route where output_key = ?", outputKey,
                () -> jdbc.sql("update llm_route set engine_id = ?, updated_by = ?, updated_at = ? where output_key = ?").params(values).update(),
                () -> jdbc.sql("insert into llm_route (engine_id, updated_by, updated_at, output_key) values (?, ?, ?, ?)").params(values).update());
    }

    /**
     * Counts the change first: the counter's row lock then orders two nodes' saves, so the second
     * sees the first's row. The insert is still guarded by the key for a row nobody had counted yet.
     */
    private void upsert(String exists, String key, Runnable update, Runnable insert) {
        counters.bump(COUNTER);
        if (jdbc.sql(exists).param(key).query(Integer.class).single() > 0 || !inserts.unlessPresent(insert)) {
            update.run();
        }
    }

    private static LlmSettings.Provider provider(ResultSet rs, String apiKey) throws SQLException {
        return new LlmSettings.Provider(rs.getString("type"), rs.getString("base_url"), apiKey,
                rs.getString("model"), (Double) rs.getObject("temperature", Double.class), rs.getObject("max_tokens", Integer.class),
                rs.getObject("timeout_seconds", Integer.class) == null ? null : Duration.ofSeconds(rs.getInt("timeout_seconds")),
                rs.getObject("max_concurrency", Integer.class), null, null, rs.getObject("context_tokens", Integer.class),
                rs.getBoolean("streaming"), rs.getObject("input_price_per_million", BigDecimal.class),
                rs.getObject("output_price_per_million", BigDecimal.class));
    }
}
