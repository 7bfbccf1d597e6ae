package org.transdesk.llm;

import java.util.Locale;
import java.util.Optional;

/** How bad a model-review issue is, least first; anything else in an answer makes it invalid. */
public enum MqmSeverity {
    MINOR, MAJOR, CRITICAL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MqmSeverity> of(String word) {
        for (MqmSeverity s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
