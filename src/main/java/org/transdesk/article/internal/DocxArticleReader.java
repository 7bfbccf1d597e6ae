package org.transdesk.article.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.transdesk.base.Phrase;
import org.transdesk.article.ArticleImportException;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

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
        return codedLines(docx, maxBytes, maxParagraphs).stream().map(TaggedText::text).toList();
    }

    /**
     * As {@link #lines}, each paragraph with its bold, italic and underlined runs and its hyperlinks
     * (their addresses) as inline codes; the headline is plain text.
     */
    public static List<TaggedText> codedLines(byte[] docx, long maxBytes, int maxParagraphs) {
        BoundedZip.read(docx, Phrase.word("refusal.import.the-word-file"), 2_000, 20 * maxBytes, 50 * maxBytes);
        List<TaggedText> paragraphs = new ArrayList<>();
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
                TaggedText coded = coded(doc, p);
                // the runs give the same words as the paragraph's text (no fields or content controls in between), else its words only
                paragraphs.add(loose(coded.plainText()).equals(loose(text)) ? coded : TaggedText.plain(text));
                chars += text.length() + 1;
                if (paragraphs.size() > maxParagraphs + 1) {
                    throw ArticleImportException.of("refusal.import.docx-paragraphs", maxParagraphs);
                }
                if (chars > maxBytes) {
                    throw ArticleImportException.of("refusal.import.docx-too-large", maxBytes);
                }
            }
        } catch (ArticleImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ArticleImportException.of("refusal.import.docx-unreadable", org.transdesk.base.LibraryProblem.detail(e));
        }
        if (titleAt > 0) {
            paragraphs.addFirst(paragraphs.remove(titleAt));
        }
        if (!paragraphs.isEmpty()) {
            paragraphs.set(0, TaggedText.plain(paragraphs.getFirst().plainText()));
        }
        return paragraphs;
    }

    private static String loose(String text) {
        return text.replace('⟦', '〚').replace('⟧', '〛').replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private record Format(InlineCode.Type type, String data) {
    }

    /** The runs of a paragraph, formatting opened and closed as it changes from run to run (a link outermost). */
    private static TaggedText coded(XWPFDocument doc, XWPFParagraph p) {
        CodedLine line = new CodedLine();
        List<Format> open = new ArrayList<>();
        List<Object> handles = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (!text.isBlank()) {
                List<Format> wanted = formats(doc, run);
                int same = 0;
                while (same < open.size() && same < wanted.size() && open.get(same).equals(wanted.get(same))) {
                    same++;
                }
                while (open.size() > same) {
                    open.removeLast();
                    line.close(handles.removeLast());
                }
                for (Format f : wanted.subList(same, wanted.size())) {
                    open.add(f);
                    handles.add(line.open(f.type(), f.data()));
                }
            }
            line.text(text);
        }
        while (!handles.isEmpty()) {
            line.close(handles.removeLast());
        }
        return line.build();
    }

    private static List<Format> formats(XWPFDocument doc, XWPFRun run) {
        List<Format> formats = new ArrayList<>();
        if (run instanceof XWPFHyperlinkRun link) {
            XWPFHyperlink target = link.getHyperlink(doc);
            String url = target == null ? null : target.getURL();
            if (CodedLine.safeLink(url)) {
                formats.add(new Format(InlineCode.Type.LINK, url.strip()));
            }
        }
        if (run.isBold()) {
            formats.add(new Format(InlineCode.Type.BOLD, null));
        }
        if (run.isItalic()) {
            formats.add(new Format(InlineCode.Type.ITALIC, null));
        }
        if (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE) {
            formats.add(new Format(InlineCode.Type.UNDERLINE, null));
        }
        return formats;
    }
}
