package org.transdesk.export.internal;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.inline.TaggedText;

/**
 * Bilingual XLIFF of an approved translation in version 2.0, 2.1 or 1.2: one unit per paragraph
 * ({@code s0} = headline, {@code s1}... = paragraphs) with the source text, the approved target,
 * its state ({@code final}: an approved version is final) and the editors' open comments as notes,
 * beside the QA findings a reviewer dismissed (who, when, why; category {@code qa-dismissal}, on the
 * file when about the whole output), which the reader does not take back as comments.
 * Inline codes become {@code <pc>}/{@code <ph>} with the original HTML in {@code <originalData>}
 * (1.2: {@code <g>}/{@code <x/>}), see {@link InlineMarkup}.
 * Attributes in Transdesk's namespace on {@code <file>} record article, output, source revision and
 * version so an edited file can be merged back; their XML schema is in the test resources
 * ({@code xliff/transdesk-xliff.xsd}), which XLIFF 1.2's strict extension rule needs.
 */
public final class XliffWriter {

    public static final String XLIFF_NS = XliffReader.XLIFF2_NS;
    public static final String TRANSDESK_NS = "urn:transdesk:xliff";
    /** The version written when none is asked for. */
    public static final String VERSION = "2.0";

    private XliffWriter() {
    }

    public static byte[] write(ExportContent content) {
        return write(content, VERSION);
    }

    /** @param version "2.0", "2.1" or "1.2" */
    public static byte[] write(ExportContent content, String version) {
        return "1.2".equals(version) ? write12(content) : write2(content, version);
    }

    private static byte[] write2(ExportContent content, String version) {
        List<String> targets = content.version().segments();
        return Xml.document(xml -> {
            xml.setDefaultNamespace(XLIFF_NS);
            xml.writeStartElement(XLIFF_NS, "xliff");
            xml.writeDefaultNamespace(XLIFF_NS);
            xml.writeNamespace("td", TRANSDESK_NS);
            xml.writeAttribute("version", version);
            xml.writeAttribute("srcLang", content.article().sourceLanguage());
            xml.writeAttribute("trgLang", content.language());
            xml.writeCharacters("\n");
            xml.writeStartElement(XLIFF_NS, "file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", content.article().slug());
            transdeskAttributes(xml, content);
            xml.writeCharacters("\n");
            notes2(xml, content.notes(-1));
            for (int i = 0; i < targets.size(); i++) {
                xml.writeStartElement(XLIFF_NS, "unit");
                xml.writeAttribute("id", "s" + i);
                notes2(xml, content.notes(i));
                TaggedText source = content.source(i);
                InlineMarkup.xliff2OriginalData(xml, XLIFF_NS, source);
                xml.writeStartElement(XLIFF_NS, "segment");
                xml.writeAttribute("state", "final");
                InlineMarkup.xliff2(xml, XLIFF_NS, "source", source, source.text());
                InlineMarkup.xliff2(xml, XLIFF_NS, "target", source, targets.get(i));
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static void notes2(XMLStreamWriter xml, List<ExportContent.Note> notes) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        xml.writeStartElement(XLIFF_NS, "notes");
        for (ExportContent.Note note : notes) {
            xml.writeStartElement(XLIFF_NS, "note");
            xml.writeAttribute("category", note.category());
            xml.writeAttribute(TRANSDESK_NS, "author", note.author());
            xml.writeCharacters(Xml.text(note.text()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * XLIFF 1.2 notes have no category and its strict schema allows no attribute of ours on them: a QA
     * dismissal is known by its text, which starts with {@link ExportContent.Note#QA_DISMISSAL_PREFIX}.
     */
    private static void note12(XMLStreamWriter xml, String ns, ExportContent.Note note) throws XMLStreamException {
        xml.writeStartElement(ns, "note");
        xml.writeAttribute("from", note.author());
        xml.writeCharacters(Xml.text(note.text()));
        xml.writeEndElement();
    }

    private static byte[] write12(ExportContent content) {
        String ns = XliffReader.XLIFF12_NS;
        List<String> targets = content.version().segments();
        return Xml.document(xml -> {
            xml.setDefaultNamespace(ns);
            xml.writeStartElement(ns, "xliff");
            xml.writeDefaultNamespace(ns);
            xml.writeNamespace("td", TRANSDESK_NS);
            xml.writeAttribute("version", "1.2");
            xml.writeCharacters("\n");
            xml.writeStartElement(ns, "file");
            xml.writeAttribute("original", content.article().slug());
            xml.writeAttribute("source-language", content.article().sourceLanguage());
            xml.writeAttribute("target-language", content.language());
            xml.writeAttribute("datatype", "plaintext");
            transdeskAttributes(xml, content);
            xml.writeCharacters("\n");
            if (!content.notes(-1).isEmpty()) {
                xml.writeStartElement(ns, "header");
                for (ExportContent.Note note : content.notes(-1)) {
                    note12(xml, ns, note);
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeStartElement(ns, "body");
            xml.writeCharacters("\n");
            for (int i = 0; i < targets.size(); i++) {
                xml.writeStartElement(ns, "trans-unit");
                xml.writeAttribute("id", "s" + i);
                TaggedText source = content.source(i);
                xml.writeStartElement(ns, "source");
                InlineMarkup.xliff12(xml, ns, source, source.text());
                xml.writeEndElement();
                xml.writeStartElement(ns, "target");
                xml.writeAttribute("state", "final");
                InlineMarkup.xliff12(xml, ns, source, targets.get(i));
                xml.writeEndElement();
                for (ExportContent.Note note : content.notes(i)) {
                    note12(xml, ns, note);
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static void transdeskAttributes(XMLStreamWriter xml, ExportContent content) throws XMLStreamException {
        xml.writeAttribute(TRANSDESK_NS, "article", Long.toString(content.article().id()));
        xml.writeAttribute(TRANSDESK_NS, "output", content.version().output().key());
        xml.writeAttribute(TRANSDESK_NS, "sourceRevision", Integer.toString(content.version().sourceRevision()));
        xml.writeAttribute(TRANSDESK_NS, "version", Integer.toString(content.version().number()));
    }
}
