package org.transdesk.memory.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.transdesk.memory.GlossaryTerm;

/** Glossary CSV: {@code term,<lang>...,note,do_not_translate,case_sensitive}; every other column is a language. */
public final class GlossaryCsv {

    private static final Set<String> FIXED = Set.of("term", "note", "do_not_translate", "case_sensitive");

    private GlossaryCsv() {
    }

    public static List<GlossaryTerm> read(Reader reader, String sourceLang) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<GlossaryTerm> terms = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            List<String> languages = parser.getHeaderNames().stream().filter(h -> !FIXED.contains(h)).toList();
            for (CSVRecord row : parser) {
                String term = row.get("term");
                if (term == null || term.isBlank()) {
                    continue;
                }
                Map<String, String> renderings = new LinkedHashMap<>();
                for (String lang : languages) {
                    String value = row.get(lang);
                    if (value != null && !value.isBlank()) {
                        renderings.put(lang, value);
                    }
                }
                terms.add(new GlossaryTerm(0, sourceLang, term, renderings, optional(row, "note"),
                        Boolean.parseBoolean(optional(row, "do_not_translate")), Boolean.parseBoolean(optional(row, "case_sensitive"))));
            }
        }
        return terms;
    }

    /** The same layout {@link #read} takes: languages in alphabetical order between term and note. */
    public static String write(List<GlossaryTerm> terms) throws IOException {
        List<String> languages = terms.stream().flatMap(t -> t.renderings().keySet().stream()).distinct().sorted().toList();
        List<String> header = new ArrayList<>(List.of("term"));
        header.addAll(languages);
        header.addAll(List.of("note", "do_not_translate", "case_sensitive"));
        StringBuilder out = new StringBuilder();
        try (var printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (GlossaryTerm t : terms) {
                List<Object> row = new ArrayList<>(List.of(t.term()));
                languages.forEach(lang -> row.add(t.renderings().getOrDefault(lang, "")));
                row.add(t.note() == null ? "" : t.note());
                row.add(t.doNotTranslate());
                row.add(t.caseSensitive());
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : null;
    }
}
