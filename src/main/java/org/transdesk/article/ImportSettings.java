package org.transdesk.article;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code transdesk.import.*}: what one article may hold, and the language assumed for imported text.
 * The limits count the article's text after unpacking (a .docx, an HTML page, a .zip entry), not the
 * bytes uploaded: a small compressed file can hold a great deal of text.
 *
 * @param maxBytes          largest article text, in UTF-8 bytes (also the largest .txt/.md/.html upload)
 * @param defaultLanguage   language assumed for imported articles
 * @param maxParagraphs     most body paragraphs in one article
 * @param maxParagraphChars most characters in one paragraph
 */
@ConfigurationProperties("transdesk.import")
public record ImportSettings(Long maxBytes, String defaultLanguage, Integer maxParagraphs, Integer maxParagraphChars) {

    public ImportSettings {
        maxBytes = maxBytes == null ? 1_048_576L : maxBytes;
        defaultLanguage = defaultLanguage == null ? "en" : defaultLanguage;
        maxParagraphs = maxParagraphs == null ? 1_000 : maxParagraphs;
        maxParagraphChars = maxParagraphChars == null ? 10_000 : maxParagraphChars;
    }
}
