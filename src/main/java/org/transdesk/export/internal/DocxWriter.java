package org.transdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.transdesk.base.Phrase;
import org.transdesk.export.ExportException;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.language.LanguageProfiles;

/**
 * Word (.docx) via Apache POI: the headline as a Heading 1 (Word's built-in "heading 1" style, so
 * it shows in the navigation pane and tables of contents) and the paragraphs, every run and the
 * document's default language tagged with the output language (vi-VN, ru-RU) so Word spell-checks
 * and hyphenates in the right language.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ExportContent content) {
        String lang = wordLanguage(content.language());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(Xml.text(content.headline()));
            doc.getProperties().getCoreProperties().setCreator(content.version().approvedBy());
            XWPFStyles styles = doc.createStyles();
            styles.setSpellingLanguage(lang);
            styles.addStyle(heading1());
            XWPFParagraph headline = doc.createParagraph();
            headline.setStyle(HEADING_1);
            run(headline, content.headline(), lang);
            List<String> body = content.body();
            for (int i = 0; i < body.size(); i++) {
                if (content.version().output().isTranslation()) {
                    formatted(doc.createParagraph(), InlineMarkup.pieces(content.source(i + 1), body.get(i)), lang);
                } else {
                    run(doc.createParagraph(), body.get(i), lang);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExportException(Phrase.of("refusal.export.docx-failed", org.transdesk.base.LibraryProblem.failure(e)), e);
        }
    }

    /** Word's own id and name for the first heading level; outline level 0 puts it in the navigation pane. */
    static final String HEADING_1 = "Heading1";

    private static XWPFStyle heading1() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(HEADING_1);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading 1");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(240));
        paragraph.addNewOutlineLvl().setVal(BigInteger.ZERO);
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(32));
        return new XWPFStyle(style);
    }

    /** Inline codes restored as Word formatting: bold, italic and underline runs, hyperlink runs, line breaks. */
    private static void formatted(XWPFParagraph paragraph, List<TaggedText.Piece> pieces, String lang) {
        Deque<InlineCode> open = new ArrayDeque<>();
        for (TaggedText.Piece piece : pieces) {
            switch (piece) {
                case TaggedText.Start s -> open.push(s.code());
                case TaggedText.End e -> open.remove(e.code());
                case TaggedText.Placeholder ph -> {
                    if (ph.code().type() == InlineCode.Type.LINE_BREAK) {
                        paragraph.createRun().addBreak();
                    }
                }
                case TaggedText.Text t -> {
                    String href = open.stream().filter(c -> c.type() == InlineCode.Type.LINK && c.data() != null)
                            .map(InlineCode::data).findFirst().orElse(null);
                    XWPFRun run = href == null ? paragraph.createRun() : paragraph.createHyperlinkRun(href);
                    run.setText(Xml.text(t.text()));
                    run.setLang(lang);
                    open.forEach(c -> {
                        switch (c.type()) {
                            case BOLD -> run.setBold(true);
                            case ITALIC -> run.setItalic(true);
                            case UNDERLINE -> run.setUnderline(UnderlinePatterns.SINGLE);
                            default -> { }
                        }
                    });
                }
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String lang) {
        XWPFRun run = paragraph.createRun();
        run.setText(Xml.text(text));
        run.setLang(lang);
        return run;
    }

    /**
     * Word expects a region: a bare language takes its profile's document tag (vi → vi-VN, ru → ru-RU,
     * en → en-GB, zh → zh-CN, fr → fr-FR, es → es-ES); a tag with a region or script, or a language without a
     * profile, is passed through.
     */
    static String wordLanguage(String lang) {
        return LanguageProfiles.documentTag(lang);
    }
}
