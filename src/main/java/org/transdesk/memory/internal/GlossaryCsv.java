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

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : null;
    }
}
