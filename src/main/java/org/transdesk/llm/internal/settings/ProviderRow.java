package org.transdesk.llm.internal.settings;

/**
 * A provider as the settings view lists it: the key only as "set" or not, never its value; {@code keyProblem}
 * says why a saved key cannot be used (it cannot be decrypted with this secret key), else null.
 */
public record ProviderRow(String id, String type, String baseUrl, String model, boolean keySet, String origin,
                          Double temperature, long timeoutSeconds, int maxConcurrency,
                          java.math.BigDecimal inputPricePerMillion, java.math.BigDecimal outputPricePerMillion,
                          String keyProblem) {
}
