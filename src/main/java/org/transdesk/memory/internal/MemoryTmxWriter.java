package org.transdesk.memory.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.inline.TaggedText;
import org.transdesk.memory.TranslationUnit;

/**
 * The whole memory of one source language as TMX 1.4b (valid against its DTD); {@link TmxReader} reads it
 * back: segment kind in {@code x-segment}, dates and users as {@code creationdate}/{@code creationid},
 * {@code changedate}/{@code changeid}, each unit's props and notes where they were written, and inline-code
 * placeholders as {@code <bpt>}/{@code <ept>}/{@code <ph>}.
 */
public final class MemoryTmxWriter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private MemoryTmxWriter() {
    }

    public static byte[] write(List<UnitRecord> units, String sourceLang) throws XMLStreamException {
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
        for (UnitRecord r : units) {
            TranslationUnit u = r.unit();
            xml.writeCharacters("\n");
            xml.writeStartElement("tu");
            attribute(xml, "creationdate", r.createdAt() == null ? null : TmxReader.format(r.createdAt()));
            attribute(xml, "creationid", r.createdBy());
            attribute(xml, "changedate", r.changedAt() == null ? null : TmxReader.format(r.changedAt()));
            attribute(xml, "changeid", r.changedBy());
            // the DTD wants notes before props
            notes(xml, r, "tu", "note");
            xml.writeStartElement("prop");
            xml.writeAttribute("type", "x-segment");
            xml.writeCharacters(u.segment());
            xml.writeEndElement();
            notes(xml, r, "tu", "prop");
            // placeholders become TMX codes only when source and target agree on them, as the reader keeps them
            TaggedText codes = TaggedText.inferred(u.sourceText());
            if (!codes.hasCodes() || codes.check(u.targetText()).stream().anyMatch(TaggedText.TagProblem::isError)) {
                codes = TaggedText.plain(u.sourceText());
            }
            variant(xml, r, "source", u.sourceLang(), codes, u.sourceText());
            variant(xml, r, "target", u.targetLang(), codes, u.targetText());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return (bytes.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void variant(XMLStreamWriter xml, UnitRecord r, String level, String lang, TaggedText codes, String text)
            throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XML_NS, "lang", lang);
        notes(xml, r, level, "note");
        notes(xml, r, level, "prop");
        xml.writeStartElement("seg");
        for (TaggedText.Piece piece : codes.pieces(text)) {
            switch (piece) {
                case TaggedText.Text t -> xml.writeCharacters(xmlSafe(t.text()));
                case TaggedText.Start s -> code(xml, "bpt", s.code().id());
                case TaggedText.End e -> code(xml, "ept", e.code().id());
                case TaggedText.Placeholder p -> code(xml, "ph", p.code().id());
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A code whose original markup the memory does not keep: {@code <bpt i x/>}, {@code <ept i/>}, {@code <ph x/>}. */
    private static void code(XMLStreamWriter xml, String element, int id) throws XMLStreamException {
        xml.writeEmptyElement(element);
        if (!"ph".equals(element)) {
            xml.writeAttribute("i", Integer.toString(id));
        }
        if (!"ept".equals(element)) {
            xml.writeAttribute("x", Integer.toString(id));
        }
    }

    private static void notes(XMLStreamWriter xml, UnitRecord r, String level, String kind) throws XMLStreamException {
        for (UnitRecord.UnitNote n : r.notes()) {
            if (n.level().equals(level) && n.kind().equals(kind)) {
                xml.writeStartElement(kind);
                if (kind.equals("prop")) {
                    xml.writeAttribute("type", n.type() == null || n.type().isBlank() ? "x-unknown" : n.type());
                }
                if (n.lang() != null) {
                    xml.writeAttribute("xml", XML_NS, "lang", n.lang());
                }
                xml.writeCharacters(xmlSafe(n.text()));
                xml.writeEndElement();
            }
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            xml.writeAttribute(name, xmlSafe(value));
        }
    }

    private static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
