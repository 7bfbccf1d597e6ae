package org.transdesk.memory.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.transdesk.base.CleanText;
import org.transdesk.base.SafeXml;
import org.transdesk.inline.TaggedText;
import org.transdesk.language.LanguageTags;
import org.transdesk.memory.TranslationUnit;

/**
 * Reads TMX 1.4b with the JDK's StAX parser (streaming, so large memories fit in little heap; DTDs and
 * external entities are switched off against XXE). Each {@code <tu>} yields one unit per target language
 * next to the source language, matched by language subtag ("en-US" is a source for "en"), with the tags
 * kept as written ("pt-BR" and "pt-PT" are two targets), its {@code <prop>}s and {@code <note>}s at the
 * level they were written at, and its creation/change dates and users. Inline codes become
 * {@link TaggedText} placeholders: {@code <bpt>}/{@code <ept>} a pair ({@code ⟦1⟧…⟦/1⟧}, numbered by
 * {@code x}, else {@code i}), {@code <ph x>} a standalone code ({@code ⟦2/⟧}); the original markup they
 * hold is not text, and {@code <it>}, {@code <ut>} are left out. A unit keeps its codes only when
 * source and target agree on them (see {@link #consistent}); otherwise both are read as words.
 */
public final class TmxReader {

    private static final Set<String> INLINE_CODES = Set.of("bpt", "ept", "ph", "it", "ut", "sub");
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private TmxReader() {
    }

    /** Units with languages reduced to their subtag ("ru-RU" → "ru"), as the command line's QA reads them. */
    public static List<TranslationUnit> read(InputStream in, String sourceLang, String origin) throws XMLStreamException {
        return readRecords(in, sourceLang, origin, Instant.now(), null).stream().map(UnitRecord::unit)
                .map(u -> new TranslationUnit(LanguageTags.base(u.sourceLang()), LanguageTags.base(u.targetLang()), u.sourceText(),
                        u.targetText(), u.segment(), u.origin(), u.articleId()))
                .toList();
    }

    /** A {@code <tuv>} being read. */
    private static final class Variant {
        String lang;
        String text = "";
        Instant created;
        String createdBy;
        Instant changed;
        String changedBy;
        final List<UnitRecord.UnitNote> notes = new ArrayList<>();
    }

    /**
     * Units with everything the memory keeps: tags as written, dates and users (those of the {@code <tu>},
     * else of the target {@code <tuv>}; {@code now} and {@code user} where the file has none), notes.
     */
    public static List<UnitRecord> readRecords(InputStream in, String sourceLang, String origin, Instant now, String user)
            throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(in);
        String sourceBase = LanguageTags.base(sourceLang);
        List<UnitRecord> units = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        Variant tu = null;
        Variant tuv = null;
        String segmentType = "paragraph";
        String propType = null;
        String propLang = null;
        StringBuilder text = null;
        int insideCode = 0;
        Map<String, Integer> pairs = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (INLINE_CODES.contains(name)) {
                    if (insideCode == 0 && text != null && tuv != null) {
                        placeholder(xml, name, text, pairs);
                    }
                    insideCode++;
                    continue;
                }
                switch (name) {
                    case "tu" -> {
                        variants.clear();
                        segmentType = "paragraph";
                        tu = new Variant();
                        dates(xml, tu);
                    }
                    case "tuv" -> {
                        tuv = new Variant();
                        tuv.lang = language(xml);
                        dates(xml, tuv);
                    }
                    case "seg" -> {
                        text = new StringBuilder();
                        pairs.clear();
                    }
                    case "prop", "note" -> {
                        propType = name.equals("prop") ? xml.getAttributeValue(null, "type") : null;
                        propLang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        text = new StringBuilder();
                    }
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null && insideCode == 0) {
                // placeholder brackets in the words are words: only codes become placeholders
                text.append(tuv != null ? xml.getText().replace('⟦', '〚').replace('⟧', '〛') : xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (INLINE_CODES.contains(name)) {
                    insideCode--;
                    continue;
                }
                switch (name) {
                    case "seg" -> {
                        if (tuv != null) {
                            tuv.text = clean(wellFormed(text.toString()));
                        }
                        text = null;
                    }
                    case "prop", "note" -> {
                        String value = clean(text.toString());
                        if (name.equals("prop") && "x-segment".equals(propType) && tuv == null) {
                            segmentType = value.isEmpty() ? "paragraph" : value;
                        } else if (tu != null) {
                            (tuv != null ? tuv.notes : tu.notes).add(new UnitRecord.UnitNote(tuv != null ? "tuv" : "tu", name, propType, propLang, value));
                        }
                        text = null;
                    }
                    case "tuv" -> {
                        if (tuv != null && tuv.lang != null) {
                            variants.add(tuv);
                        }
                        tuv = null;
                    }
                    case "tu" -> {
                        units.addAll(units(tu, variants, sourceLang, sourceBase, segmentType, origin, now, user));
                        tu = null;
                    }
                    default -> { }
                }
            }
        }
        return units;
    }

    private static List<UnitRecord> units(Variant tu, List<Variant> variants, String sourceLang, String sourceBase, String segmentType,
                                          String origin, Instant now, String user) {
        Variant source = variants.stream().filter(v -> LanguageTags.base(v.lang).equals(sourceBase) && !v.text.isBlank()).findFirst().orElse(null);
        if (source == null || tu == null) {
            return List.of();
        }
        List<UnitRecord> out = new ArrayList<>();
        for (Variant target : variants) {
            if (target == source || target.text.isBlank() || LanguageTags.base(target.lang).equals(sourceBase)) {
                continue;
            }
            String[] texts = consistent(source.text, target.text);
            List<UnitRecord.UnitNote> notes = new ArrayList<>(tu.notes);
            source.notes.forEach(n -> notes.add(new UnitRecord.UnitNote("source", n.kind(), n.type(), n.lang(), n.text())));
            target.notes.forEach(n -> notes.add(new UnitRecord.UnitNote("target", n.kind(), n.type(), n.lang(), n.text())));
            Instant created = first(tu.created, target.created, now);
            String createdBy = firstText(tu.createdBy, target.createdBy, user);
            Instant changed = first(tu.changed, target.changed, created);
            String changedBy = firstText(tu.changedBy, target.changedBy, createdBy);
            boolean dated = tu.created != null || tu.changed != null || target.created != null || target.changed != null;
            out.add(new UnitRecord(new TranslationUnit(source.lang, target.lang, texts[0], texts[1], segmentType, origin, null),
                    created, createdBy, changed, changedBy, notes, dated));
        }
        return out;
    }

    /**
     * An inline code of a segment as a placeholder: {@code <bpt>} opens and {@code <ept>} closes pair
     * {@code x} (else {@code i}), {@code <ph x>} stands alone; {@code <it>}, {@code <ut>} and codes
     * without a number are left out, as is the original markup they hold.
     */
    private static void placeholder(XMLStreamReader xml, String name, StringBuilder text, Map<String, Integer> pairs) {
        String i = xml.getAttributeValue(null, "i");
        Integer x = number(xml.getAttributeValue(null, "x"));
        switch (name) {
            case "bpt" -> {
                Integer id = x != null ? x : number(i);
                if (id != null && i != null) {
                    pairs.put(i, id);
                    text.append(TaggedText.OPEN).append(id).append(TaggedText.CLOSE);
                }
            }
            case "ept" -> {
                Integer id = i == null ? null : pairs.get(i);
                if (id != null) {
                    text.append(TaggedText.OPEN).append('/').append(id).append(TaggedText.CLOSE);
                }
            }
            case "ph" -> {
                if (x != null) {
                    text.append(TaggedText.OPEN).append(x).append('/').append(TaggedText.CLOSE);
                }
            }
            default -> { }
        }
    }

    private static Integer number(String value) {
        return value != null && value.strip().matches("[1-9][0-9]{0,2}") ? Integer.valueOf(value.strip()) : null;
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("⟦/?\\d{1,3}/?⟧");

    /** The segment's placeholders when they are well formed (every pair closed, nothing twice), else its words only. */
    private static String wellFormed(String text) {
        return TaggedText.inferred(text).hasCodes() ? text : TOKEN.matcher(text).replaceAll("");
    }

    /**
     * Source and target keep their placeholders only when the target has each of the source's
     * codes, once and well nested; otherwise both are kept as words, so a memory unit's codes always agree.
     */
    static String[] consistent(String source, String target) {
        TaggedText tagged = TaggedText.inferred(source);
        boolean agree = tagged.hasCodes() ? tagged.check(target).stream().noneMatch(TaggedText.TagProblem::isError)
                : !TaggedText.inferred(target).hasCodes();
        return agree ? new String[] {source, target}
                : new String[] {clean(tagged.plainText()), clean(TaggedText.withoutPlaceholders(target))};
    }

    private static void dates(XMLStreamReader xml, Variant v) {
        v.created = date(xml.getAttributeValue(null, "creationdate"));
        v.createdBy = xml.getAttributeValue(null, "creationid");
        v.changed = date(xml.getAttributeValue(null, "changedate"));
        v.changedBy = xml.getAttributeValue(null, "changeid");
    }

    /** TMX dates are UTC, {@code YYYYMMDDThhmmssZ}; an unreadable one counts as absent. */
    static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), TMX_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String format(Instant at) {
        return TMX_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    /** xml:lang (TMX 1.4) or lang (TMX 1.1), in canonical BCP 47 case with every subtag kept. */
    private static String language(XMLStreamReader xml) {
        String value = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
        if (value == null) {
            value = xml.getAttributeValue(null, "lang");
        }
        return value == null || value.isBlank() ? null : LanguageTags.normalized(value);
    }

    private static Instant first(Instant a, Instant b, Instant c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String firstText(String a, String b, String c) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : c;
    }

    private static String clean(String text) {
        return CleanText.of(text).strip();
    }
}
