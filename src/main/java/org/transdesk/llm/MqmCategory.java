package org.transdesk.llm;

import java.util.Locale;
import java.util.Optional;

/** The MQM-style categories a model review may name; anything else in an answer makes it invalid. */
public enum MqmCategory {
    ACCURACY, MISTRANSLATION, OMISSION, ADDITION, TERMINOLOGY, FLUENCY, STYLE;

    /** The word as the prompt and the stored findings spell it ({@code "mistranslation"}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MqmCategory> of(String word) {
        for (MqmCategory c : values()) {
            if (c.word().equals(word)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
