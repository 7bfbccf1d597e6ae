package org.transdesk.language;

/** A word found by a language's segmenter: chars {@code [start, end)} of the text. */
public record Word(String text, int start, int end) {
}
