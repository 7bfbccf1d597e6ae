package org.transdesk.memory.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.transdesk.base.CleanText;
import org.transdesk.base.Phrase;
import org.transdesk.memory.GlossaryTerm;

/**
 * Glossary CSV: {@code term,<lang>...,note,do_not_translate,case_sensitive}; every other column is a
 * language. Read: comma or semicolon (what Excel writes in many European locales) detected from the
 * header; flags {@code yes/no}, {@code true/false}, {@code 1/0}; a problem is reported with its line.
 * Written: RFC 4180 with comma, cells that a spreadsheet would run as a formula ({@code = + - @}, tab or
 * CR first) prefixed with an apostrophe as OWASP recommends (read back without it), optionally with a
 * UTF-8 byte-order mark so that Excel opens it as UTF-8.
 */
public final class GlossaryCsv {

    private static final Set<String> FIXED = Set.of("term", "note", "do_not_translate", "case_sensitive");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private GlossaryCsv() {
    }

    /** A glossary CSV that cannot be read, with the line to look at; said by a phrase, so an editor reads it in their language. */
    public static final class CsvProblem extends IllegalArgumentException {
        private final int line;
        private final transient Phrase phrase;

        CsvProblem(int line, Phrase problem) {
            super(atLine(line, problem).english());
            this.line = line;
            this.phrase = atLine(line, problem);
        }

        private static Phrase atLine(int line, Phrase problem) {
            return Phrase.of("refusal.glossary.csv-line", line, problem.nested());
        }

        public int line() {
            return line;
        }

        /** "line 3: a quoted field opened here is never closed (unbalanced ")", in any language. */
        public Phrase phrase() {
            return phrase;
        }
    }

    public static List<TermUpdate> read(Reader reader) throws IOException {
        String text = CleanText.of(readAll(reader)).replaceFirst("^\uFEFF", "");
        char delimiter = delimiter(text);
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<TermUpdate> terms = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((name, index) -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
            if (!columns.containsKey("term")) {
                throw new CsvProblem(1, Phrase.of("refusal.glossary.csv-no-term", String.join(", ", parser.getHeaderNames())));
            }
            List<String> languages = columns.keySet().stream().filter(h -> !FIXED.contains(h) && !h.isBlank()).toList();
            long endOfLast = parser.getCurrentLineNumber();
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                int line = (int) endOfLast + 1;
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new CsvProblem(line, e.getMessage() != null && e.getMessage().contains("EOF")
                            ? Phrase.of("refusal.glossary.csv-unclosed-quote") : Phrase.of("refusal.glossary.csv-bad-row", e.getMessage()));
                }
                endOfLast = parser.getCurrentLineNumber();
                String term = cell(row, columns.get("term"));
                if (term == null || term.isBlank()) {
                    continue;
                }
                Map<String, String> renderings = new LinkedHashMap<>();
                for (String lang : languages) {
                    String value = cell(row, columns.get(lang));
                    renderings.put(lang, value == null ? "" : value);
                }
                terms.add(new TermUpdate(term, List.of(), renderings, List.of(), columns.containsKey("note") ? nullIfBlank(cell(row, columns.get("note"))) : null,
                        flag(row, columns.get("do_not_translate"), "do_not_translate", line),
                        flag(row, columns.get("case_sensitive"), "case_sensitive", line), line));
            }
        } catch (UncheckedIOException e) {
            throw new CsvProblem(1, Phrase.of("refusal.glossary.csv-bad-header", e.getMessage()));
        }
        return terms;
    }

    /** Semicolon when the header has more semicolons than commas outside quotes, else comma. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String cell(CSVRecord row, Integer index) {
        if (index == null || index >= row.size()) {
            return null;
        }
        return unneutralised(row.get(index));
    }

    private static Boolean flag(CSVRecord row, Integer index, String column, int line) {
        String value = cell(row, index);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "y" -> true;
            case "no", "false", "0", "n" -> false;
            default -> throw new CsvProblem(line, Phrase.of("refusal.glossary.csv-flag", column, value));
        };
    }

    /** The same layout {@link #read} takes: languages in alphabetical order between term and note. */
    public static String write(List<GlossaryTerm> terms, boolean excelBom) throws IOException {
        List<String> languages = terms.stream().flatMap(t -> t.renderings().keySet().stream()).distinct().sorted().toList();
        List<String> header = new ArrayList<>(List.of("term"));
        header.addAll(languages);
        header.addAll(List.of("note", "do_not_translate", "case_sensitive"));
        StringBuilder out = new StringBuilder(excelBom ? "\uFEFF" : "");
        try (var printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (GlossaryTerm t : terms) {
                List<Object> row = new ArrayList<>(List.of(neutralised(t.term())));
                languages.forEach(lang -> row.add(neutralised(t.renderings().getOrDefault(lang, ""))));
                row.add(neutralised(t.note() == null ? "" : t.note()));
                row.add(t.doNotTranslate());
                row.add(t.caseSensitive());
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

    /** A cell a spreadsheet would evaluate (=HYPERLINK(...), +cmd|..., -2+3, @SUM) is written as text: "'=...". */
    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            all.append(buffer, 0, n);
        }
        return all.toString();
    }
}
