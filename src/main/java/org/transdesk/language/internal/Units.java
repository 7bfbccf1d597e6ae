package org.transdesk.language.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds a language's unit words: unit name → what carries it over, matched on normalised text. */
final class Units {

    private final Map<String, Pattern> map = new LinkedHashMap<>();

    Units put(String unit, String regex) {
        map.put(unit, Pattern.compile(regex, Pattern.UNICODE_CASE));
        return this;
    }

    Map<String, Pattern> build() {
        return Map.copyOf(map);
    }
}
