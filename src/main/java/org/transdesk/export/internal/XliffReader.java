package org.transdesk.export.internal;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transdesk.base.SafeXml;
import org.transdesk.export.ExportException;

/**
 * Reads back an XLIFF 2.0 file that {@link XliffWriter} wrote: the Transdesk attributes on
 * {@code <file>}, and source and target text per unit id. Only plain text is accepted in segments
 * (inline codes would be lost silently otherwise). DTDs and external entities are off (XXE).
 */
public final class XliffReader {

    /** What the file claims: where it came from, and source and target per unit id in file order. */
    public record Contents(String sourceLang, String targetLang, Long articleId, String outputKey, Integer sourceRevision,
                           Integer version, Map<String, String> sources, Map<String, String> targets) {
    }

    private XliffReader() {
    }

    public static Contents read(byte[] content) {
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(content));
            String sourceLang = null;
            String targetLang = null;
            Long articleId = null;
            String outputKey = null;
            Integer sourceRevision = null;
            Integer version = null;
            Map<String, String> sources = new LinkedHashMap<>();
            Map<String, String> targets = new LinkedHashMap<>();
            String unit = null;
            StringBuilder text = null;
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!rootSeen) {
                        if (!"xliff".equals(name) || !XliffWriter.XLIFF_NS.equals(xml.getNamespaceURI())
                                || !"2.0".equals(xml.getAttributeValue(null, "version"))) {
                            throw new ExportException("This is not an XLIFF 2.0 file (the root must be <xliff version=\"2.0\"> in the XLIFF 2.0 namespace).");
                        }
                        rootSeen = true;
                        sourceLang = xml.getAttributeValue(null, "srcLang");
                        targetLang = xml.getAttributeValue(null, "trgLang");
                        continue;
                    }
                    switch (name) {
                        case "file" -> {
                            articleId = number(xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "article"));
                            outputKey = xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "output");
                            sourceRevision = integer(xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "sourceRevision"));
                            version = integer(xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "version"));
                        }
                        case "unit" -> {
                            unit = xml.getAttributeValue(null, "id");
                            if (unit == null || sources.containsKey(unit)) {
                                throw new ExportException("A <unit> has no id or a repeated id (" + unit + ").");
                            }
                        }
                        case "segment" -> {
                            if (unit != null && sources.containsKey(unit)) {
                                throw new ExportException("Unit " + unit + " has more than one segment: was it re-segmented? Merge it back first.");
                            }
                        }
                        case "source", "target" -> text = new StringBuilder();
                        default -> {
                            if (text != null) {
                                throw new ExportException("Unit " + unit + " contains markup <" + name + "> inside its text: only plain text is supported.");
                            }
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && text != null) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && text != null) {
                    if (unit == null) {
                        throw new ExportException("A <" + xml.getLocalName() + "> is outside any <unit>.");
                    }
                    (xml.getLocalName().equals("source") ? sources : targets).put(unit, text.toString());
                    text = null;
                }
            }
            if (!rootSeen) {
                throw new ExportException("The file is empty.");
            }
            return new Contents(sourceLang, targetLang, articleId, outputKey, sourceRevision, version, sources, targets);
        } catch (XMLStreamException e) {
            throw new ExportException("The XLIFF file is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ExportException("The Transdesk attribute value '" + value + "' is not a number.");
        }
    }

    private static Integer integer(String value) {
        Long n = number(value);
        return n == null ? null : Math.toIntExact(n);
    }
}
