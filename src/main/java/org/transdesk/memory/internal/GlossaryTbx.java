package org.transdesk.memory.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.base.SafeXml;
import org.transdesk.memory.GlossaryTerm;

/**
 * TBX terminology exchange. Writes TBX-Basic (ISO 30042:2008 {@code <martif>}): one
 * {@code <termEntry>} per term, a {@code <langSet>} per language, our flags as
 * {@code x-doNotTranslate} / {@code x-caseSensitive} term notes. Reads that and TBX v3
 * ({@code <conceptEntry>/<langSec>/<termSec>}); regional tags fold to the language ("vi-VN" → "vi").
 * DTDs and external entities are off (XXE).
 */
public final class GlossaryTbx {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private GlossaryTbx() {
    }

    public static byte[] write(List<GlossaryTerm> terms, String sourceLang) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("martif");
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("xml", XML_NS, "lang", sourceLang);
        xml.writeStartElement("martifHeader");
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("sourceDesc");
        element(xml, "p", "Transdesk glossary");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("text");
        xml.writeStartElement("body");
        for (GlossaryTerm t : terms) {
            xml.writeCharacters("\n");
            xml.writeStartElement("termEntry");
            xml.writeAttribute("id", "t" + t.id());
            if (t.note() != null) {
                element(xml, "note", t.note());
            }
            xml.writeStartElement("langSet");
            xml.writeAttribute("xml", XML_NS, "lang", sourceLang);
            xml.writeStartElement("tig");
            element(xml, "term", t.term());
            note(xml, "x-doNotTranslate", t.doNotTranslate());
            note(xml, "x-caseSensitive", t.caseSensitive());
            xml.writeEndElement();
            xml.writeEndElement();
            for (var r : new java.util.TreeMap<>(t.renderings()).entrySet()) {
                xml.writeStartElement("langSet");
                xml.writeAttribute("xml", XML_NS, "lang", r.getKey());
                xml.writeStartElement("tig");
                element(xml, "term", r.getValue());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return (bytes.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Terms whose entry has a term in the source language; entries without one are skipped. */
    public static List<GlossaryTerm> read(byte[] tbx, String sourceLang) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(tbx));
        List<GlossaryTerm> terms = new ArrayList<>();
        Map<String, String> byLang = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        String lang = null;
        String noteType = null;
        String entryNote = null;
        StringBuilder text = null;
        boolean sawRoot = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!sawRoot) {
                    if (!name.equals("martif") && !name.equals("tbx")) {
                        throw new XMLStreamException("not a TBX file: the root element is <" + name + ">, expected <martif> or <tbx>");
                    }
                    sawRoot = true;
                }
                switch (name) {
                    case "termEntry", "conceptEntry" -> {
                        byLang.clear();
                        notes.clear();
                        entryNote = null;
                    }
                    case "langSet", "langSec" -> lang = language(xml.getAttributeValue(XML_NS, "lang"));
                    case "term", "note" -> text = new StringBuilder();
                    case "termNote", "descrip" -> {
                        noteType = xml.getAttributeValue(null, "type");
                        text = new StringBuilder();
                    }
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "term" -> {
                        if (lang != null && text != null && !text.toString().isBlank()) {
                            byLang.putIfAbsent(lang, text.toString().strip());
                        }
                        text = null;
                    }
                    case "note" -> {
                        entryNote = text == null ? entryNote : text.toString().strip();
                        text = null;
                    }
                    case "termNote", "descrip" -> {
                        if (noteType != null && text != null) {
                            notes.put(noteType, text.toString().strip());
                        }
                        if ("definition".equals(noteType) && entryNote == null && text != null) {
                            entryNote = text.toString().strip();
                        }
                        text = null;
                        noteType = null;
                    }
                    case "termEntry", "conceptEntry" -> {
                        String term = byLang.remove(language(sourceLang));
                        if (term != null) {
                            terms.add(new GlossaryTerm(0, sourceLang, term, byLang, entryNote,
                                    Boolean.parseBoolean(notes.get("x-doNotTranslate")), Boolean.parseBoolean(notes.get("x-caseSensitive"))));
                        }
                    }
                    default -> { }
                }
            }
        }
        if (!sawRoot) {
            throw new XMLStreamException("the file is empty");
        }
        return terms;
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(Locale.ROOT);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        xml.writeEndElement();
    }

    private static void note(XMLStreamWriter xml, String type, boolean value) throws XMLStreamException {
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", type);
        xml.writeCharacters(Boolean.toString(value));
        xml.writeEndElement();
    }
}
