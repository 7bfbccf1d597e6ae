package org.transdesk.export.internal;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * Writes a paragraph's inline codes ({@link TaggedText}) in each export format: XLIFF 2
 * {@code <pc>}/{@code <ph>} with the original HTML in {@code <originalData>}, XLIFF 1.2
 * {@code <g>}/{@code <x/>}, TMX {@code <bpt>}/{@code <ept>}/{@code <ph>}, and HTML. A translation
 * whose tags are broken (a QA error a reviewer overrode) cannot be nested as markup: its words are
 * written without the formatting rather than as invalid XML.
 */
final class InlineMarkup {

    private InlineMarkup() {
    }

    /** The pieces of {@code text} read with the source paragraph's codes; plain words when the tags are broken. */
    static List<TaggedText.Piece> pieces(TaggedText source, String text) {
        if (!source.hasCodes() || source.check(text).stream().anyMatch(TaggedText.TagProblem::isError)) {
            return List.of(new TaggedText.Text(source.hasCodes() ? source.plainText(text) : text));
        }
        return source.pieces(text);
    }

    /** The original markup of a code in HTML: what XLIFF 2's originalData and TMX's bpt carry. */
    static String htmlStart(InlineCode code) {
        return switch (code.type()) {
            case BOLD -> "<b>";
            case ITALIC -> "<i>";
            case UNDERLINE -> "<u>";
            case LINK -> "<a href=\"" + HtmlWriter.escape(code.data() == null ? "" : code.data()) + "\">";
            case LINE_BREAK -> "<br>";
            case OTHER -> code.data() == null ? "" : code.data();
        };
    }

    static String htmlEnd(InlineCode code) {
        return switch (code.type()) {
            case BOLD -> "</b>";
            case ITALIC -> "</i>";
            case UNDERLINE -> "</u>";
            case LINK -> "</a>";
            case LINE_BREAK, OTHER -> "";
        };
    }

    static String html(TaggedText source, String text) {
        StringBuilder out = new StringBuilder();
        for (TaggedText.Piece p : pieces(source, text)) {
            switch (p) {
                case TaggedText.Text t -> out.append(HtmlWriter.escape(t.text()));
                case TaggedText.Start s -> out.append(htmlStart(s.code()));
                case TaggedText.End e -> out.append(htmlEnd(e.code()));
                case TaggedText.Placeholder ph -> out.append(htmlStart(ph.code()));
            }
        }
        return out.toString();
    }

    /** XLIFF 2 {@code <originalData>}: one {@code <data>} per code end, referenced by the pc/ph of source and target. */
    static void xliff2OriginalData(XMLStreamWriter xml, String ns, TaggedText source) throws XMLStreamException {
        if (!source.hasCodes()) {
            return;
        }
        xml.writeStartElement(ns, "originalData");
        for (InlineCode code : source.codes()) {
            data(xml, ns, "d" + code.id(), htmlStart(code));
            if (code.kind() == InlineCode.Kind.PAIRED) {
                data(xml, ns, "d" + code.id() + "e", htmlEnd(code));
            }
        }
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String ns, String id, String markup) throws XMLStreamException {
        xml.writeStartElement(ns, "data");
        xml.writeAttribute("id", id);
        xml.writeCharacters(Xml.text(markup));
        xml.writeEndElement();
    }

    static void xliff2(XMLStreamWriter xml, String ns, String element, TaggedText source, String text) throws XMLStreamException {
        xml.writeStartElement(ns, element);
        for (TaggedText.Piece p : pieces(source, text)) {
            switch (p) {
                case TaggedText.Text t -> xml.writeCharacters(Xml.text(t.text()));
                case TaggedText.Start s -> {
                    xml.writeStartElement(ns, "pc");
                    xml.writeAttribute("id", Integer.toString(s.code().id()));
                    xml.writeAttribute("dataRefStart", "d" + s.code().id());
                    xml.writeAttribute("dataRefEnd", "d" + s.code().id() + "e");
                    type2(xml, s.code());
                }
                case TaggedText.End e -> xml.writeEndElement();
                case TaggedText.Placeholder ph -> {
                    xml.writeEmptyElement(ns, "ph");
                    xml.writeAttribute("id", Integer.toString(ph.code().id()));
                    xml.writeAttribute("dataRef", "d" + ph.code().id());
                    type2(xml, ph.code());
                }
            }
        }
        xml.writeEndElement();
    }

    private static void type2(XMLStreamWriter xml, InlineCode code) throws XMLStreamException {
        xml.writeAttribute("type", code.type() == InlineCode.Type.LINK ? "link" : code.type() == InlineCode.Type.OTHER ? "other" : "fmt");
        if (code.type().xliffSubType() != null) {
            xml.writeAttribute("subType", code.type().xliffSubType());
        }
    }

    /** XLIFF 1.2: {@code <g id ctype>} around text, {@code <x id ctype/>} alone. */
    static void xliff12(XMLStreamWriter xml, String ns, TaggedText source, String text) throws XMLStreamException {
        for (TaggedText.Piece p : pieces(source, text)) {
            switch (p) {
                case TaggedText.Text t -> xml.writeCharacters(Xml.text(t.text()));
                case TaggedText.Start s -> {
                    xml.writeStartElement(ns, "g");
                    xml.writeAttribute("id", Integer.toString(s.code().id()));
                    xml.writeAttribute("ctype", ctype12(s.code()));
                }
                case TaggedText.End e -> xml.writeEndElement();
                case TaggedText.Placeholder ph -> {
                    xml.writeEmptyElement(ns, "x");
                    xml.writeAttribute("id", Integer.toString(ph.code().id()));
                    xml.writeAttribute("ctype", ctype12(ph.code()));
                }
            }
        }
    }

    private static String ctype12(InlineCode code) {
        return switch (code.type()) {
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case UNDERLINE -> "underlined";
            case LINK -> "link";
            case LINE_BREAK -> "lb";
            case OTHER -> "x-other";
        };
    }

    /** TMX 1.4b: {@code <bpt i>}/{@code <ept i>} with the original markup as content, {@code <ph>} alone. */
    static void tmx(XMLStreamWriter xml, TaggedText source, String text) throws XMLStreamException {
        for (TaggedText.Piece p : pieces(source, text)) {
            switch (p) {
                case TaggedText.Text t -> xml.writeCharacters(Xml.text(t.text()));
                case TaggedText.Start s -> tmxCode(xml, "bpt", s.code(), htmlStart(s.code()));
                case TaggedText.End e -> tmxCode(xml, "ept", e.code(), htmlEnd(e.code()));
                case TaggedText.Placeholder ph -> tmxCode(xml, "ph", ph.code(), htmlStart(ph.code()));
            }
        }
    }

    private static void tmxCode(XMLStreamWriter xml, String element, InlineCode code, String markup) throws XMLStreamException {
        xml.writeStartElement(element);
        if (!"ph".equals(element)) {
            xml.writeAttribute("i", Integer.toString(code.id()));
        } else {
            xml.writeAttribute("x", Integer.toString(code.id()));
        }
        if (!"ept".equals(element)) {
            xml.writeAttribute("type", switch (code.type()) {
                case BOLD -> "bold";
                case ITALIC -> "italic";
                case UNDERLINE -> "ulined";
                case LINK -> "link";
                case LINE_BREAK -> "struct";
                case OTHER -> "x-other";
            });
        }
        xml.writeCharacters(Xml.text(markup));
        xml.writeEndElement();
    }
}
