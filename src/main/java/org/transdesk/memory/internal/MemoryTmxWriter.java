package org.transdesk.memory.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.memory.TranslationUnit;

/** The whole memory of one source language as TMX 1.4b; {@link TmxReader} reads it back (segment kind in x-segment). */
public final class MemoryTmxWriter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private MemoryTmxWriter() {
    }

    public static byte[] write(List<TranslationUnit> units, String sourceLang) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        xml.writeEmptyElement("header");
        xml.writeAttribute("creationtool", "Transdesk");
        xml.writeAttribute("creationtoolversion", "1");
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "transdesk");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", sourceLang);
        xml.writeAttribute("datatype", "plaintext");
        xml.writeStartElement("body");
        for (TranslationUnit u : units) {
            xml.writeCharacters("\n");
            xml.writeStartElement("tu");
            xml.writeStartElement("prop");
            xml.writeAttribute("type", "x-segment");
            xml.writeCharacters(u.segment());
            xml.writeEndElement();
            variant(xml, u.sourceLang(), u.sourceText());
            variant(xml, u.targetLang(), u.targetText());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return (bytes.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XML_NS, "lang", lang);
        xml.writeStartElement("seg");
        xml.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
