package org.transdesk.article.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.transdesk.article.ArticleImportException;

/**
 * Article lines from a Word file: the paragraph styled Title or Heading 1 (else the first
 * paragraph) as headline, then every other non-empty paragraph. The archive is unpacked with
 * limits first, so a zip bomb dressed as .docx never reaches POI.
 */
public final class DocxArticleReader {

    private DocxArticleReader() {
    }

    /**
     * Stops reading as soon as the text passes {@code maxBytes} characters or {@code maxParagraphs}
     * paragraphs (plus the headline), so a small file that unpacks to megabytes of text is refused
     * before all of it is held as strings.
     */
    public static List<String> lines(byte[] docx, long maxBytes, int maxParagraphs) {
        BoundedZip.read(docx, "The Word file", 2_000, 20 * maxBytes, 50 * maxBytes);
        List<String> paragraphs = new ArrayList<>();
        int titleAt = -1;
        long chars = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().replaceAll("\\s+", " ").strip();
                if (text.isEmpty()) {
                    continue;
                }
                String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT).replace(" ", "");
                if (titleAt < 0 && (style.equals("title") || style.equals("heading1"))) {
                    titleAt = paragraphs.size();
                }
                paragraphs.add(text);
                chars += text.length() + 1;
                if (paragraphs.size() > maxParagraphs + 1) {
                    throw new ArticleImportException("The Word file has more than " + maxParagraphs
                            + " paragraphs; an article may have at most " + maxParagraphs
                            + " (setting transdesk.import.max-paragraphs). Split it into several articles.");
                }
                if (chars > maxBytes) {
                    throw new ArticleImportException("The Word file holds more than " + maxBytes
                            + " characters of text once unpacked (setting transdesk.import.max-bytes). Split it or ask an administrator to raise the limit.");
                }
            }
        } catch (ArticleImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ArticleImportException("This is not a readable Word (.docx) file: " + e.getMessage()
                    + ". Older .doc files must be saved as .docx first.");
        }
        if (titleAt > 0) {
            paragraphs.addFirst(paragraphs.remove(titleAt));
        }
        return paragraphs;
    }
}
