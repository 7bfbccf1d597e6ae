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
import org.transdesk.llm.LlmSettings;

/** The llm_provider and llm_route tables: what an ADMIN changed in the settings view. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, LlmSettings.Provider> providers() {
        Map<String, LlmSettings.Provider> providers = new LinkedHashMap<>();
        jdbc.sql("select * from llm_provider order by id").query(rs -> {
            providers.put(rs.getString("id"), provider(rs));
        });
        return providers;
    }

    Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        jdbc.sql("select output_key, engine_id from llm_route").query(rs -> {
            routes.put(rs.getString(1), rs.getString(2));
        });
        return routes;
    }

    void saveProvider(String id, LlmSettings.Provider p, String user) {
        jdbc.sql("delete from llm_provider where id = ?").param(id).update();
        jdbc.sql("""
                        insert into llm_provider (id, type, base_url, api_key, model, temperature, max_tokens, timeout_seconds,
                            max_concurrency, context_tokens, streaming, input_price_per_million, output_price_per_million,
                            updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, p.type(), p.baseUrl(), p.apiKey(), p.model(), p.temperature(), p.maxTokens(),
                        (int) p.timeout().toSeconds(), p.maxConcurrency(), p.contextTokens(), p.streaming(),
                        p.inputPricePerMillion(), p.outputPricePerMillion(), user, Timestamp.from(Instant.now()))
                .update();
    }

    boolean deleteProvider(String id) {
        return jdbc.sql("delete from llm_provider where id = ?").param(id).update() > 0;
    }

    void saveRoute(String outputKey, String engineId, String user) {
        jdbc.sql("delete from llm_route where output_key = ?").param(outputKey).update();
        jdbc.sql("insert into llm_route (output_key, engine_id, updated_by, updated_at) values (?, ?, ?, ?)")
                .params(outputKey, engineId, user, Timestamp.from(Instant.now())).update();
    }

    private static LlmSettings.Provider provider(ResultSet rs) throws SQLException {
        return new LlmSettings.Provider(rs.getString("type"), rs.getString("base_url"), rs.getString("api_key"),
                rs.getString("model"), (Double) rs.getObject("temperature", Double.class), rs.getObject("max_tokens", Integer.class),
                rs.getObject("timeout_seconds", Integer.class) == null ? null : Duration.ofSeconds(rs.getInt("timeout_seconds")),
                rs.getObject("max_concurrency", Integer.class), null, null, rs.getObject("context_tokens", Integer.class),
                rs.getBoolean("streaming"), rs.getObject("input_price_per_million", BigDecimal.class),
                rs.getObject("output_price_per_million", BigDecimal.class));
    }
}
