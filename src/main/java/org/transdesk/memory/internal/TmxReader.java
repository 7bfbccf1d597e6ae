package org.transdesk.memory.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transdesk.base.SafeXml;
import org.transdesk.memory.TranslationUnit;

/**
 * Reads TMX 1.4b with the JDK's StAX parser (streaming, so large memories fit in little heap;
 * DTDs and external entities are switched off against XXE). Each {@code <tu>} yields one unit per
 * target language next to the source language.
 */
public final class TmxReader {

    private TmxReader() {
    }

    public static List<TranslationUnit> read(InputStream in, String sourceLang, String origin) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(in);
        List<TranslationUnit> units = new ArrayList<>();
        Map<String, String> variants = new LinkedHashMap<>();
        String segmentType = "paragraph";
        String lang = null;
        String propType = null;
        StringBuilder text = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "tu" -> {
                        variants.clear();
                        segmentType = "paragraph";
                    }
                    case "tuv" -> lang = language(xml);
                    case "seg" -> text = new StringBuilder();
                    case "prop" -> {
                        propType = xml.getAttributeValue(null, "type");
                        text = new StringBuilder();
                    }
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "seg" -> {
                        if (lang != null) {
                            variants.put(lang, text.toString().strip());
                        }
                        text = null;
                    }
                    case "prop" -> {
                        if ("x-segment".equals(propType)) {
                            segmentType = text.toString().strip();
                        }
                        text = null;
                    }
                    case "tu" -> {
                        String source = variants.get(sourceLang);
                        if (source != null && !source.isBlank()) {
                            for (var v : variants.entrySet()) {
                                if (!v.getKey().equals(sourceLang) && !v.getValue().isBlank()) {
                                    units.add(new TranslationUnit(sourceLang, v.getKey(), source, v.getValue(), segmentType, origin, null));
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        return units;
    }

    /** xml:lang (TMX 1.4) or lang (TMX 1.1), reduced to its primary subtag: "ru-RU" → "ru". */
    private static String language(XMLStreamReader xml) {
        String value = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
        if (value == null) {
            value = xml.getAttributeValue(null, "lang");
        }
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    }
}
