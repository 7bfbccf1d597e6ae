package org.transdesk.review.internal;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.base.Phrase;
import org.transdesk.qa.QaFinding;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored finding's phrase in two columns (V31_1): {@code message_key} and {@code message_args}, the arguments as a
 * JSON array of strings, since they are quoted editor text that may hold any separator. Read back, a row that has no
 * key (written before V31_1, a model's review), a key the bundles no longer have or fewer arguments than its sentence
 * wants gives no phrase: the screen then shows the stored English line rather than a broken sentence.
 */
final class StoredPhrase {

    static final int MAX_KEY = 128;
    static final int MAX_ARGS = 8000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredPhrase() {
    }

    /** The key to store, null when the finding has no phrase or its arguments do not fit. */
    static String key(QaFinding finding) {
        return args(finding) == null ? null : finding.phrase().key();
    }

    /** The arguments as a JSON array, null when the finding has no phrase or they do not fit the column. */
    static String args(QaFinding finding) {
        Phrase phrase = finding.phrase();
        if (phrase == null || phrase.key().length() > MAX_KEY) {
            return null;
        }
        String json = JSON.writeValueAsString(phrase.args());
        return json.length() <= MAX_ARGS ? json : null;
    }

    /** The phrase a row stored, null when it has none that can still be said. */
    static Phrase read(String key, String args) {
        if (key == null || args == null) {
            return null;
        }
        int wanted = Phrase.wanted(key);
        if (wanted < 0) {
            return null;
        }
        List<String> values = new ArrayList<>();
        try {
            JsonNode array = JSON.readTree(args);
            if (!array.isArray()) {
                return null;
            }
            for (JsonNode value : array) {
                if (!value.isString()) {
                    return null;
                }
                values.add(value.asString());
            }
        } catch (JacksonException unreadable) {
            return null;
        }
        return values.size() < wanted ? null : new Phrase(key, values);
    }
}
