package org.transdesk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class LlmSettingsTest {

    static LlmSettings bind(Map<String, Object> file, Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        sources.addLast(new MapPropertySource("file", file));
        return new Binder(ConfigurationPropertySources.from(sources)).bind("transdesk.llm", LlmSettings.class).get();
    }

    @Test
    void a_provider_is_configured_from_the_file_with_its_key_from_the_environment() {
        LlmSettings settings = bind(Map.of(
                        "transdesk.llm.providers.local.type", "openai",
                        "transdesk.llm.providers.local.base-url", "http://127.0.0.1:8000/v1",
                        "transdesk.llm.providers.local.model", "qwen2.5-7b-instruct",
                        "transdesk.llm.providers.local.timeout", "45s",
                        "transdesk.llm.providers.local.max-concurrency", "2",
                        "transdesk.llm.routes.default", "offline",
                        "transdesk.llm.routes.vi", "local"),
                Map.of("TRANSDESK_LLM_PROVIDERS_LOCAL_APIKEY", "sk-from-env-123"));

        LlmSettings.Provider local = settings.providers().get("local");
        assertThat(local.apiKey()).isEqualTo("sk-from-env-123");
        assertThat(local.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(local.maxConcurrency()).isEqualTo(2);
        assertThat(local.streaming()).isTrue();
        assertThat(settings.routeFor("vi")).isEqualTo("local");
        assertThat(settings.routeFor("ru")).isEqualTo("offline");
    }

    @Test
    void the_api_key_never_appears_in_to_string() {
        LlmSettings settings = bind(Map.of("transdesk.llm.providers.cloud.type", "openai",
                "transdesk.llm.providers.cloud.model", "gpt-4o-mini",
                "transdesk.llm.providers.cloud.api-key", "sk-very-secret"), Map.of());

        assertThat(settings.toString()).doesNotContain("sk-very-secret").contains("apiKey=****");
        assertThat(List.of(settings.providers().get("cloud").toString())).noneMatch(s -> s.contains("secret"));
    }
}
