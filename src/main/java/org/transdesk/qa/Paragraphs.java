package org.transdesk.qa;

import java.util.List;

/** Null-tolerant immutable copies of paragraph lists. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> copy(List<String> paragraphs) {
        if (paragraphs == null) {
            return List.of();
        }
        return paragraphs.stream().map(p -> p == null ? "" : p).toList();
    }
}
