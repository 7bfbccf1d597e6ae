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
        String from = fileName == null ? "" : " in '" + fileName + "'";
        int paragraphs = article.paragraphs().size();
        if (paragraphs > settings.maxParagraphs()) {
            throw new ArticleImportException("The article" + from + " has " + paragraphs + " paragraphs; an article may have at most "
                    + settings.maxParagraphs() + " (setting transdesk.import.max-paragraphs). Split it into several articles.");
        }
        long bytes = article.title().getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < paragraphs; i++) {
            String paragraph = article.paragraphs().get(i);
            if (paragraph.length() > settings.maxParagraphChars()) {
                throw new ArticleImportException("Paragraph " + (i + 1) + from + " has " + paragraph.length()
                        + " characters; a paragraph may have at most " + settings.maxParagraphChars()
                        + " (setting transdesk.import.max-paragraph-chars). Check that the file has line breaks between paragraphs.");
            }
            bytes += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        if (bytes > settings.maxBytes()) {
            throw new ArticleImportException("The article's text" + from + " is " + SourceDecoder.humanSize(bytes)
                    + " once unpacked; the limit is " + SourceDecoder.humanSize(settings.maxBytes())
                    + " (setting transdesk.import.max-bytes). Split it or ask an administrator to raise the limit.");
        }
    }
}
