package org.transdesk.review;

import java.math.BigDecimal;

/** Engine, model, prompt and glossary versions, usage and cost behind a draft or version. */
public record DraftProvenance(String engine, String engineLabel, String model, String promptVersion, String glossaryVersion,
                              long promptTokens, long completionTokens, long latencyMs, BigDecimal estimatedCost) {
}
