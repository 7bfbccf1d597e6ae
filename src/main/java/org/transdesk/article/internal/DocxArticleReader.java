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

    public static List<String> lines(byte[] docx, long maxBytes) {
        BoundedZip.read(docx, "The Word file", 2_000, 20 * maxBytes, 50 * maxBytes);
        List<String> paragraphs = new ArrayList<>();
        int titleAt = -1;
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
            }
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
