package org.transdesk.export.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.base.Phrase;
import org.transdesk.export.ExportException;

/** Shared bits of the XML writers: a UTF-8 StAX writer, and text with characters XML 1.0 forbids removed. */
final class Xml {

    private Xml() {
    }

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    static byte[] document(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExportException(Phrase.of("refusal.export.xml-failed", org.transdesk.base.LibraryProblem.failure(e)), e);
        }
        return (bytes.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Control characters other than tab and newlines cannot appear in XML 1.0 at all, even escaped. */
    static String text(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text(text));
        xml.writeEndElement();
    }
}
