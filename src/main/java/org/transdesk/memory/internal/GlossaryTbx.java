package org.transdesk.memory.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.transdesk.base.CleanText;
import org.transdesk.base.SafeXml;
import org.transdesk.memory.GlossaryTerm;
import org.transdesk.memory.TermStatus;

/**
 * TBX terminology exchange. Writes TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style:
 * {@code <tbx type="TBX-Basic" style="dca">}, a {@code <conceptEntry>} per term with the note, a
 * {@code <langSec>} per language, a {@code <termSec>} per term with its {@code administrativeStatus}
 * (preferred rendering, admitted, deprecated, superseded; forbidden is written as deprecated with a note
 * saying so, TBX-Basic has no such value). Our two flags travel as notes of the source term
 * ({@code transdesk:do-not-translate=yes}), which TBX-Basic allows. Reads that, TBX v3 from other
 * tools, and TBX 2008 ({@code <martif>}: {@code termEntry/langSet/tig|ntig}); language tags fold to the
 * language ("vi-VN" → "vi"). DTDs and external entities are off (XXE).
 */
public final class GlossaryTbx {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";
    private static final String FLAG = "transdesk:";
    private static final String FORBIDDEN_NOTE = "forbidden term: never use";

    private GlossaryTbx() {
    }

    public static byte[] write(List<GlossaryTerm> terms, String sourceLang) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("tbx");
        xml.writeDefaultNamespace(TBX_NS);
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("style", "dca");
        xml.writeAttribute("xml", XML_NS, "lang", sourceLang);
        xml.writeStartElement("tbxHeader");
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
            xml.writeStartElement("conceptEntry");
            xml.writeAttribute("id", "t" + t.id());
            if (t.note() != null) {
                element(xml, "note", t.note());
            }
            Map<String, List<GlossaryTerm.Variant>> byLang = new LinkedHashMap<>();
            byLang.put(sourceLang, new ArrayList<>(List.of(new GlossaryTerm.Variant(sourceLang, t.term(), TermStatus.PREFERRED))));
            new java.util.TreeMap<>(t.renderings()).forEach((lang, text) ->
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(new GlossaryTerm.Variant(lang, text, TermStatus.PREFERRED)));
            t.variants().forEach(v -> byLang.computeIfAbsent(v.lang(), k -> new ArrayList<>()).add(v));
            boolean first = true;
            for (var section : byLang.entrySet()) {
                xml.writeStartElement("langSec");
                xml.writeAttribute("xml", XML_NS, "lang", section.getKey());
                for (GlossaryTerm.Variant v : section.getValue()) {
                    xml.writeStartElement("termSec");
                    element(xml, "term", v.text());
                    xml.writeStartElement("termNote");
                    xml.writeAttribute("type", "administrativeStatus");
                    xml.writeCharacters(v.status().tbx());
                    xml.writeEndElement();
                    if (v.status() == TermStatus.FORBIDDEN) {
                        element(xml, "note", FORBIDDEN_NOTE);
                    }
                    if (first) {
                        element(xml, "note", FLAG + "do-not-translate=" + (t.doNotTranslate() ? "yes" : "no"));
                        element(xml, "note", FLAG + "case-sensitive=" + (t.caseSensitive() ? "yes" : "no"));
                        first = false;
                    }
                    xml.writeEndElement();
                }
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

    /** A term of a language section as the file gives it. */
    private record FileTerm(String text, TermStatus status, List<String> notes) {
    }

    /** Terms whose entry has a term in the source language; entries without one are skipped. */
    public static List<TermUpdate> read(byte[] tbx, String sourceLang) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(tbx));
        List<TermUpdate> terms = new ArrayList<>();
        Map<String, List<FileTerm>> byLang = new LinkedHashMap<>();
        String lang = null;
        String noteType = null;
        String entryNote = null;
        String term = null;
        TermStatus status = null;
        List<String> termNotes = new ArrayList<>();
        StringBuilder text = null;
        boolean sawRoot = false;
        int depthInTerm = 0;
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
                        entryNote = null;
                    }
                    case "langSet", "langSec" -> lang = language(xml.getAttributeValue(XML_NS, "lang"));
                    case "tig", "ntig", "termSec" -> {
                        term = null;
                        status = null;
                        termNotes.clear();
                        depthInTerm++;
                    }
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
                        if (text != null && !text.toString().isBlank()) {
                            term = clean(text.toString());
                        }
                        text = null;
                    }
                    case "note" -> {
                        if (text != null) {
                            if (depthInTerm > 0) {
                                termNotes.add(clean(text.toString()));
                            } else {
                                entryNote = clean(text.toString());
                            }
                        }
                        text = null;
                    }
                    case "termNote", "descrip" -> {
                        String value = text == null ? null : clean(text.toString());
                        if ("administrativeStatus".equals(noteType) || "normativeAuthorization".equals(noteType)) {
                            Optional<TermStatus> stated = TermStatus.ofTbx(value);
                            if (stated.isPresent() && (status == null || stated.get() == TermStatus.FORBIDDEN)) {
                                status = stated.get();
                            }
                        } else if ("x-doNotTranslate".equals(noteType) || "x-caseSensitive".equals(noteType)) {
                            // Transdesk's earlier TBX 2008 export
                            termNotes.add(FLAG + (noteType.equals("x-doNotTranslate") ? "do-not-translate=" : "case-sensitive=") + value);
                        } else if ("definition".equals(noteType) && entryNote == null && depthInTerm == 0) {
                            entryNote = value;
                        }
                        text = null;
                        noteType = null;
                    }
                    case "tig", "ntig", "termSec" -> {
                        depthInTerm--;
                        if (lang != null && term != null) {
                            TermStatus stated = termNotes.stream().anyMatch(n -> n.equalsIgnoreCase(FORBIDDEN_NOTE)) ? TermStatus.FORBIDDEN : status;
                            byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(new FileTerm(term, stated, List.copyOf(termNotes)));
                        }
                    }
                    case "termEntry", "conceptEntry" -> entry(byLang, language(sourceLang), sourceLang, entryNote).ifPresent(terms::add);
                    default -> { }
                }
            }
        }
        if (!sawRoot) {
            throw new XMLStreamException("the file is empty");
        }
        return terms;
    }

    /** One entry's terms as an update of the glossary term named by its source-language term. */
    private static Optional<TermUpdate> entry(Map<String, List<FileTerm>> byLang, String sourceBase, String sourceLang, String note) {
        List<FileTerm> sourceTerms = byLang.get(sourceBase);
        if (sourceTerms == null) {
            return Optional.empty();
        }
        Optional<FileTerm> source = preferred(sourceTerms);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> renderings = new LinkedHashMap<>();
        List<GlossaryTerm.Variant> variants = new ArrayList<>();
        for (var section : byLang.entrySet()) {
            String lang = section.getKey();
            Optional<FileTerm> rendering = lang.equals(sourceBase) ? source : preferred(section.getValue());
            rendering.filter(r -> !lang.equals(sourceBase)).ifPresent(r -> renderings.put(lang, r.text()));
            for (FileTerm t : section.getValue()) {
                if (rendering.isEmpty() || t != rendering.get()) {
                    variants.add(new GlossaryTerm.Variant(lang.equals(sourceBase) ? sourceLang : lang, t.text(),
                            t.status() == null || t.status() == TermStatus.PREFERRED ? TermStatus.ADMITTED : t.status()));
                }
            }
        }
        List<String> notes = source.get().notes();
        return Optional.of(new TermUpdate(source.get().text(), List.copyOf(byLang.keySet()).stream()
                .map(l -> l.equals(sourceBase) ? sourceLang : l).toList(), renderings, variants, note,
                flag(notes, "do-not-translate"), flag(notes, "case-sensitive"), 0));
    }

    /** The rendering of a section: its preferred term, else its first term of no stated standing, else its first admitted one. */
    private static Optional<FileTerm> preferred(List<FileTerm> terms) {
        return terms.stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
                .or(() -> terms.stream().filter(t -> t.status() == null).findFirst())
                .or(() -> terms.stream().filter(t -> t.status() == TermStatus.ADMITTED).findFirst());
    }

    /** Our flag notes ("transdesk:case-sensitive=yes"), and the TBX 2008 export's x- term notes. */
    private static Boolean flag(List<String> notes, String name) {
        for (String n : notes) {
            String lower = n.toLowerCase(Locale.ROOT).replace(" ", "");
            if (lower.startsWith(FLAG + name + "=")) {
                return lower.endsWith("=yes") || lower.endsWith("=true");
            }
        }
        return null;
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(Locale.ROOT);
    }

    private static String clean(String text) {
        return CleanText.of(text).strip();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        xml.writeEndElement();
    }
}
