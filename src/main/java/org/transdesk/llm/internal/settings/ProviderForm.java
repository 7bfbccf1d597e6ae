package org.transdesk.llm.internal.settings;

import java.math.BigDecimal;

/** What the settings view submits for one provider; a blank API key keeps the key already set. */
public record ProviderForm(String id, String type, String baseUrl, String apiKey, String model, Double temperature,
                           Integer timeoutSeconds, Integer maxConcurrency, BigDecimal inputPricePerMillion,
                           BigDecimal outputPricePerMillion) {
}
