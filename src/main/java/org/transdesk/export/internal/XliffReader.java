package org.transdesk.export.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transdesk.base.Phrase;
import org.transdesk.base.SafeXml;
import org.transdesk.export.ExportException;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * Reads XLIFF 2.0, 2.1 and 1.2 files as CAT tools (memoQ, Trados, OmegaT, Weblate, Okapi) write
 * them into one {@link XliffFile}. In 2.x a unit's segments and {@code <ignorable>}s are joined in
 * order (an ignorable keeps its text, its target defaults to its source); in 1.2 {@code <alt-trans>}
 * suggestions and {@code <seg-source>} copies are skipped and {@code <mrk>} segment markers are read
 * through. Anything outside the core namespace (modules, extensions) is skipped, so a match's
 * {@code <source>} never passes for the unit's. DTDs and external entities are off (XXE).
 */
public final class XliffReader {

    static final String XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
    /** Notes of this category are our QA record (a dismissed finding), not comments to take back in. */
    private static final String QA_DISMISSAL = ExportContent.Note.QA_DISMISSAL;

    private final XMLStreamReader xml;
    private final String core;
    private final Set<String> ids = new HashSet<>();
    private final List<XliffFile.Unit> units = new ArrayList<>();
    private Long articleId;
    private String outputKey;
    private Integer sourceRevision;
    private Integer versionNumber;
    private String original;
    private String sourceLang;
    private String targetLang;
    private int files;
    /** The codes met in the current unit's source, by id, and whether the unit has any code at all. */
    private final Map<Integer, InlineCode> sourceCodes = new LinkedHashMap<>();
    private boolean coded;
    private boolean inSource;

    private XliffReader(XMLStreamReader xml, String core) {
        this.xml = xml;
        this.core = core;
    }

    /** @throws ExportException when the bytes are not a readable XLIFF 1.2, 2.0 or 2.1 file */
    public static XliffFile read(byte[] content) {
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(content));
            if (!toRoot(xml)) {
                throw ExportException.of("refusal.import.file-empty");
            }
            String version = xml.getAttributeValue(null, "version");
            String ns = xml.getNamespaceURI();
            boolean root = "xliff".equals(xml.getLocalName());
            if (root && XLIFF2_NS.equals(ns) && ("2.0".equals(version) || "2.1".equals(version))) {
                return new XliffReader(xml, XLIFF2_NS).readXliff2(version);
            }
            if (root && "1.2".equals(version) && (XLIFF12_NS.equals(ns) || ns == null || ns.isEmpty())) {
                return new XliffReader(xml, ns == null ? "" : ns).readXliff12();
            }
            throw ExportException.of("refusal.xliff.not-xliff");
        } catch (XMLStreamException e) {
            throw new ExportException(Phrase.of("refusal.xliff.not-xml", org.transdesk.base.LibraryProblem.detail(e)), e);
        }
    }

    private static boolean toRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    // ---- XLIFF 2.0 / 2.1 ----

    private XliffFile readXliff2(String version) throws XMLStreamException {
        sourceLang = xml.getAttributeValue(null, "srcLang");
        targetLang = xml.getAttributeValue(null, "trgLang");
        while (nextChild()) {
            if (isCore("file")) {
                file();
                groupOrFile2();
            } else {
                skip();
            }
        }
        return result(version);
    }

    private void groupOrFile2() throws XMLStreamException {
        while (nextChild()) {
            if (isCore("unit")) {
                unit2();
            } else if (isCore("group")) {
                groupOrFile2();
            } else {
                skip();
            }
        }
    }

    private void unit2() throws XMLStreamException {
        String id = unitId();
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        boolean anyTarget = false;
        boolean missingTarget = false;
        String state = null;
        List<String> notes = new ArrayList<>();
        while (nextChild()) {
            if (isCore("segment") || isCore("ignorable")) {
                boolean segment = isCore("segment");
                if (segment) {
                    state = lower(state, stateOf2(xml.getAttributeValue(null, "state")));
                }
                String[] part = part2(id);
                source.append(part[0]);
                if (part[1] != null) {
                    target.append(part[1]);
                    anyTarget |= segment;
                } else if (segment) {
                    missingTarget = true;
                } else {
                    target.append(part[0]); // an ignorable without a target reads as its source
                }
            } else if (isCore("notes")) {
                while (nextChild()) {
                    if (isCore("note") && !QA_DISMISSAL.equals(xml.getAttributeValue(null, "category"))) {
                        notes.add(xml.getElementText());
                    } else {
                        skip();
                    }
                }
            } else {
                skip();
            }
        }
        add(new XliffFile.Unit(id, source.toString(), anyTarget && !missingTarget ? target.toString() : null, state, notes,
                unitCodes(), coded));
    }

    /** Source and target text (target null when absent) of a segment or ignorable. */
    private String[] part2(String unit) throws XMLStreamException {
        String source = "";
        String target = null;
        while (nextChild()) {
            if (isCore("source")) {
                source = sourceText(unit);
            } else if (isCore("target")) {
                target = text(unit);
            } else {
                skip();
            }
        }
        return new String[] {source, target};
    }

    private static String stateOf2(String state) {
        return state == null ? "initial" : state.strip();
    }

    // ---- XLIFF 1.2 ----

    private XliffFile readXliff12() throws XMLStreamException {
        while (nextChild()) {
            if (isCore("file")) {
                file();
                sourceLang = xml.getAttributeValue(null, "source-language");
                targetLang = xml.getAttributeValue(null, "target-language");
                while (nextChild()) {
                    if (isCore("body")) {
                        body12();
                    } else {
                        skip();
                    }
                }
            } else {
                skip();
            }
        }
        return result("1.2");
    }

    private void body12() throws XMLStreamException {
        while (nextChild()) {
            if (isCore("trans-unit")) {
                transUnit12();
            } else if (isCore("group")) {
                body12();
            } else {
                skip();
            }
        }
    }

    private void transUnit12() throws XMLStreamException {
        String id = unitId();
        String source = "";
        String target = null;
        String state = null;
        List<String> notes = new ArrayList<>();
        while (nextChild()) {
            if (isCore("source")) {
                source = sourceText(id);
            } else if (isCore("target")) {
                state = stateOf12(xml.getAttributeValue(null, "state"));
                target = text(id);
            } else if (isCore("note")) {
                String note = xml.getElementText();
                if (!note.startsWith(ExportContent.Note.QA_DISMISSAL_PREFIX)) { // 1.2 has no category: our QA notes say what they are
                    notes.add(note);
                }
            } else {
                skip(); // alt-trans, seg-source, count-group, context-group, extensions
            }
        }
        add(new XliffFile.Unit(id, source, target, state, notes, unitCodes(), coded));
    }

    /** XLIFF 1.2 target states in XLIFF 2 words; unknown or absent states give null. */
    static String stateOf12(String state) {
        if (state == null) {
            return null;
        }
        return switch (state.strip()) {
            case "new", "needs-translation", "needs-l10n", "needs-adaptation" -> "initial";
            case "translated", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation" -> "translated";
            case "signed-off" -> "reviewed";
            case "final" -> "final";
            default -> null;
        };
    }

    // ---- shared ----

    private void file() {
        if (++files > 1) {
            throw ExportException.of("refusal.xliff.several-files");
        }
        original = xml.getAttributeValue(null, "original");
        articleId = number(xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "article"));
        outputKey = xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "output");
        sourceRevision = integer(xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "sourceRevision"));
        versionNumber = integer(xml.getAttributeValue(XliffWriter.TRANSDESK_NS, "version"));
    }

    private String unitId() {
        sourceCodes.clear();
        coded = false;
        String id = xml.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            throw ExportException.of("refusal.xliff.unit-no-id");
        }
        if (!ids.add(id)) {
            throw ExportException.of("refusal.xliff.unit-twice", id);
        }
        return id;
    }

    private void add(XliffFile.Unit unit) {
        units.add(unit);
    }

    private XliffFile result(String version) {
        if (files == 0) {
            throw ExportException.of("refusal.xliff.no-file");
        }
        return new XliffFile(version, sourceLang, targetLang, original, articleId, outputKey, sourceRevision, versionNumber, units);
    }

    /**
     * The text of a {@code <source>} or {@code <target>}: character data, the content of annotation
     * markers ({@code <mrk>}), code points written as {@code <cp hex>}, inline codes as placeholders.
     */
    private String text(String unit) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> inline(unit, text);
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> { }
            }
        }
        return text.toString();
    }

    private String sourceText(String unit) throws XMLStreamException {
        inSource = true;
        try {
            return text(unit);
        } finally {
            inSource = false;
        }
    }

    private List<InlineCode> unitCodes() {
        return List.copyOf(sourceCodes.values());
    }

    /**
     * An inline code as a placeholder: paired elements around their content ({@code <pc>}, 1.2
     * {@code <g>}), the start and end of a pair apart ({@code <sc>}/{@code <ec startRef>}, 1.2
     * {@code <bx>}/{@code <ex>} and {@code <bpt>}/{@code <ept>} by {@code rid}, else {@code id}) and
     * standalone ones ({@code <ph>}, 1.2 {@code <x>}); their original markup is not text.
     */
    private boolean code(String unit, StringBuilder text) throws XMLStreamException {
        String name = xml.getLocalName();
        boolean v12 = !XLIFF2_NS.equals(core);
        switch (name) {
            case "pc", "g" -> {
                if (!v12 && "g".equals(name) || v12 && "pc".equals(name)) {
                    return false;
                }
                InlineCode code = note(unit, name, xml.getAttributeValue(null, "id"), InlineCode.Kind.PAIRED);
                text.append(code.open()).append(text(unit)).append(code.close());
            }
            case "ph", "x" -> {
                if (!v12 && "x".equals(name)) {
                    return false;
                }
                text.append(note(unit, name, xml.getAttributeValue(null, "id"), InlineCode.Kind.STANDALONE).open());
                skip();
            }
            case "sc", "bx", "bpt" -> {
                if (v12 == "sc".equals(name)) {
                    return false;
                }
                String rid = v12 ? xml.getAttributeValue(null, "rid") : null;
                text.append(note(unit, name, rid != null ? rid : xml.getAttributeValue(null, "id"), InlineCode.Kind.PAIRED).open());
                skip();
            }
            case "ec", "ex", "ept" -> {
                if (v12 == "ec".equals(name)) {
                    return false;
                }
                String ref = v12 ? xml.getAttributeValue(null, "rid") : xml.getAttributeValue(null, "startRef");
                if (ref == null) {
                    ref = xml.getAttributeValue(null, "id");
                }
                coded = true;
                text.append(TaggedText.OPEN).append('/').append(codeId(unit, name, ref)).append(TaggedText.CLOSE);
                skip();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The code of an element: its number, and in a source its entry in the unit's table. */
    private InlineCode note(String unit, String element, String id, InlineCode.Kind kind) {
        coded = true;
        InlineCode code = new InlineCode(codeId(unit, element, id), kind, codeType(), null);
        if (inSource) {
            sourceCodes.putIfAbsent(code.id(), code);
        }
        return code;
    }

    private static int codeId(String unit, String element, String id) {
        if (id == null || !id.strip().matches("[1-9][0-9]{0,2}")) {
            throw ExportException.of("refusal.xliff.code-id", unit, element, id);
        }
        return Integer.parseInt(id.strip());
    }

    private InlineCode.Type codeType() {
        String subType = xml.getAttributeValue(null, "subType");
        String type = xml.getAttributeValue(null, "type");
        String ctype = xml.getAttributeValue(null, "ctype");
        String key = subType != null ? subType : ctype != null ? ctype : type == null ? "" : type;
        return switch (key) {
            case "xlf:b", "bold" -> InlineCode.Type.BOLD;
            case "xlf:i", "italic" -> InlineCode.Type.ITALIC;
            case "xlf:u", "underlined" -> InlineCode.Type.UNDERLINE;
            case "xlf:lb", "lb" -> InlineCode.Type.LINE_BREAK;
            case "link", "x-link" -> InlineCode.Type.LINK;
            default -> InlineCode.Type.OTHER;
        };
    }

    private void inline(String unit, StringBuilder text) throws XMLStreamException {
        String name = xml.getLocalName();
        if (isCore(name) && code(unit, text)) {
            return;
        }
        if (isCore("mrk")) {
            text.append(text(unit));
        } else if (isCore("sm") || isCore("em")) {
            skip();
        } else if (isCore("cp")) {
            String hex = xml.getAttributeValue(null, "hex");
            try {
                text.appendCodePoint(Integer.parseInt(hex == null ? "" : hex, 16));
            } catch (IllegalArgumentException e) {
                throw ExportException.of("refusal.xliff.cp-hex", unit, hex);
            }
            skip();
        } else {
            throw ExportException.of("refusal.xliff.markup", unit, name);
        }
    }

    /** Moves to the next child element of the current element; false at its end. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private boolean isCore(String name) {
        String ns = xml.getNamespaceURI();
        return name.equals(xml.getLocalName()) && core.equals(ns == null ? "" : ns);
    }

    private static final List<String> STATE_ORDER = List.of("initial", "translated", "reviewed", "final");

    /** The less advanced of two states (a unit is only as far as its least advanced segment). */
    private static String lower(String current, String next) {
        if (current == null) {
            return next;
        }
        int a = STATE_ORDER.indexOf(current);
        int b = STATE_ORDER.indexOf(next);
        return b >= 0 && (a < 0 || b < a) ? next : current;
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ExportException.of("refusal.xliff.not-a-number", value);
        }
    }

    private static Integer integer(String value) {
        Long n = number(value);
        return n == null ? null : Math.toIntExact(n);
    }
}
