package org.transdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.transdesk.export.ExportException;

/**
 * Word (.docx) via Apache POI: a bold headline and the paragraphs, every run tagged with the
 * output language (vi-VN, ru-RU) so Word spell-checks and hyphenates in the right language.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ExportContent content) {
        String lang = wordLanguage(content.language());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(Xml.text(content.headline()));
            doc.getProperties().getCoreProperties().setCreator(content.version().approvedBy());
            XWPFRun headline = run(doc.createParagraph(), content.headline(), lang);
            headline.setBold(true);
            headline.setFontSize(16);
            for (String paragraph : content.body()) {
                run(doc.createParagraph(), paragraph, lang);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExportException("Could not write the Word file: " + e.getMessage(), e);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String lang) {
        XWPFRun run = paragraph.createRun();
        run.setText(Xml.text(text));
        run.setLang(lang);
        return run;
    }

    /** Word expects a region: vi → vi-VN, ru → ru-RU, en → en-GB; anything else is passed through. */
    static String wordLanguage(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "vi" -> "vi-VN";
            case "ru" -> "ru-RU";
            case "en" -> "en-GB";
            default -> lang;
        };
    }
}
