package org.transdesk.memory;

/** A source/target pair to store; {@code segment} is "paragraph" or "sentence". */
public record TranslationUnit(String sourceLang, String targetLang, String sourceText, String targetText,
                              String segment, String origin, Long articleId) {
}
