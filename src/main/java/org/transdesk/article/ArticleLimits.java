package org.transdesk.article;

import java.nio.charset.StandardCharsets;

/**
 * The limits of {@link ImportSettings} checked on the article's text as it will be stored, whatever
 * the file it came from: paragraphs, characters per paragraph, and the whole text in UTF-8 bytes.
 */
final class ArticleLimits {

    private ArticleLimits() {
    }

    static void check(ParsedArticle article, ImportSettings settings, String fileName) {
        int paragraphs = article.paragraphs().size();
        if (paragraphs > settings.maxParagraphs()) {
            throw ArticleImportException.of(fileName == null ? "refusal.import.paragraphs" : "refusal.import.paragraphs-in-file",
                    paragraphs, settings.maxParagraphs(), fileName);
        }
        long bytes = article.title().getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < paragraphs; i++) {
            String paragraph = article.paragraphs().get(i);
            if (paragraph.length() > settings.maxParagraphChars()) {
                throw ArticleImportException.of(fileName == null ? "refusal.import.paragraph-long" : "refusal.import.paragraph-long-in-file",
                        i + 1, paragraph.length(), settings.maxParagraphChars(), fileName);
            }
            bytes += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        if (bytes > settings.maxBytes()) {
            throw ArticleImportException.of(fileName == null ? "refusal.import.text-too-large" : "refusal.import.text-too-large-in-file",
                    SourceDecoder.humanSize(bytes), SourceDecoder.humanSize(settings.maxBytes()), fileName);
        }
    }
}
