package org.transdesk.llm;

import java.math.BigDecimal;

/** What produced a draft and what it cost; carried into approved versions. */
public record Provenance(String engine, String engineLabel, String model, String promptVersion, String glossaryVersion,
                         long promptTokens, long completionTokens, long latencyMs, BigDecimal estimatedCost) {
}
