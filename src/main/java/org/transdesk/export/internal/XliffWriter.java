package org.transdesk.export.internal;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Bilingual XLIFF 2.0: one unit per segment (s0 = headline, s1... = paragraphs) with the source
 * text and the approved target. Attributes in our own namespace on {@code <file>} record article,
 * output, source revision and version, so an edited file can be imported back safely.
 */
public final class XliffWriter {

    public static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String TRANSDESK_NS = "urn:transdesk:xliff";
    public static final String VERSION = "2.0";

    private XliffWriter() {
    }

    public static byte[] write(ExportContent content) {
        List<String> sources = content.article().segments();
        List<String> targets = content.version().segments();
        return Xml.document(xml -> {
            xml.setDefaultNamespace(XLIFF_NS);
            xml.writeStartElement(XLIFF_NS, "xliff");
            xml.writeDefaultNamespace(XLIFF_NS);
            xml.writeNamespace("td", TRANSDESK_NS);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", content.article().sourceLanguage());
            xml.writeAttribute("trgLang", content.language());
            xml.writeCharacters("\n");
            xml.writeStartElement(XLIFF_NS, "file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", content.article().slug());
            xml.writeAttribute(TRANSDESK_NS, "article", Long.toString(content.article().id()));
            xml.writeAttribute(TRANSDESK_NS, "output", content.version().output().key());
            xml.writeAttribute(TRANSDESK_NS, "sourceRevision", Integer.toString(content.version().sourceRevision()));
            xml.writeAttribute(TRANSDESK_NS, "version", Integer.toString(content.version().number()));
            xml.writeCharacters("\n");
            for (int i = 0; i < targets.size(); i++) {
                unit(xml, i, i < sources.size() ? sources.get(i) : "", targets.get(i));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static void unit(XMLStreamWriter xml, int position, String source, String target) throws XMLStreamException {
        xml.writeStartElement(XLIFF_NS, "unit");
        xml.writeAttribute("id", "s" + position);
        xml.writeStartElement(XLIFF_NS, "segment");
        xml.writeAttribute("state", "final");
        Xml.element(xml, "source", source);
        Xml.element(xml, "target", target);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
