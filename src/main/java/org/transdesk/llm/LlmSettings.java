package org.transdesk.llm;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code transdesk.llm.routes.default} names the engine for every output ("offline" unless a
 * provider is configured); {@code transdesk.llm.routes.vi / .ru / .summary} override per output.
 */
@ConfigurationProperties("transdesk.llm")
public record LlmSettings(Map<String, String> routes) {

    public static final String OFFLINE = "offline";

    public LlmSettings {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    public String routeFor(String outputKey) {
        String route = routes.get(outputKey);
        if (route == null || route.isBlank()) {
            route = routes.getOrDefault("default", OFFLINE);
        }
        return route.isBlank() ? OFFLINE : route.strip();
    }
}
