package org.transdesk.export.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.inline.TaggedText;

/**
 * TMX 1.4b of one approved translation: a {@code <tu>} per segment pair, with the segment kind in
 * an {@code x-segment} property as {@code TmxReader} expects, so the file imports back as memory.
 * Inline codes are {@code <bpt>}/{@code <ept>}/{@code <ph>} holding the original HTML markup.
 */
public final class TmxWriter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TmxWriter() {
    }

    public static byte[] write(ExportContent content) {
        List<String> sources = content.article().segments();
        List<String> targets = content.version().segments();
        String sourceLang = content.article().sourceLanguage();
        String date = TMX_DATE.format(content.version().approvedAt());
        return Xml.document(xml -> {
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "Transdesk");
            xml.writeAttribute("creationtoolversion", "1");
            xml.writeAttribute("segtype", "paragraph");
            xml.writeAttribute("o-tmf", "transdesk");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", sourceLang);
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("creationdate", date);
            xml.writeCharacters("\n");
            xml.writeStartElement("body");
            xml.writeCharacters("\n");
            for (int i = 0; i < Math.min(sources.size(), targets.size()); i++) {
                xml.writeStartElement("tu");
                xml.writeAttribute("tuid", content.article().slug() + "-" + content.version().output().key() + "-s" + i);
                xml.writeAttribute("creationdate", date);
                xml.writeAttribute("creationid", content.version().approvedBy());
                xml.writeStartElement("prop");
                xml.writeAttribute("type", "x-segment");
                xml.writeCharacters("paragraph");
                xml.writeEndElement();
                TaggedText source = content.source(i);
                variant(xml, sourceLang, source, source.text());
                variant(xml, content.language(), source, targets.get(i));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static void variant(XMLStreamWriter xml, String lang, TaggedText source, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XML_NS, "lang", lang);
        xml.writeStartElement("seg");
        InlineMarkup.tmx(xml, source, text);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
