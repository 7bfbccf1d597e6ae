package org.transdesk.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transdesk.qa.GlossaryEntry;
import org.transdesk.qa.QaChecks;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.SummaryUnderReview;
import org.transdesk.inline.InlineCode;
import org.transdesk.qa.TranslationUnderReview;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the QA checks on one bilingual row and turns the findings into an output row. A row with
 * {@code "target"} is a translation; a row with {@code "summary"} (and no target) is a summary of
 * {@code "source"} in the same language, checked against the word budget. Not thread-safe (counts).
 */
final class QaRowChecker {

    private final QaChecks checks = new QaChecks();
    private final String sourceLang;
    private final String defaultTargetLang;
    private final int summaryBudget;
    private final List<GlossaryEntry> glossary;
    private final Map<String, Integer> findingsPerCheck = new TreeMap<>();
    private int rowsWithErrors;

    QaRowChecker(String sourceLang, String defaultTargetLang, int summaryBudget, List<GlossaryEntry> glossary) {
        this.glossary = List.copyOf(glossary);
        this.sourceLang = sourceLang;
        this.defaultTargetLang = defaultTargetLang;
        this.summaryBudget = summaryBudget;
    }

    ObjectNode check(ObjectNode row) {
        JsonNode id = JsonRows.id(row);
        List<String> source = JsonRows.paragraphs(row, "source");
        List<QaFinding> findings;
        if (!row.has("target") && row.has("summary")) {
            String lang = JsonRows.string(row, "lang", sourceLang);
            // a row's headline ("title") is source too: a summary may repeat its facts
            String title = JsonRows.string(row, "title", null);
            List<String> withTitle = new java.util.ArrayList<>(title == null || title.isBlank() ? List.of() : List.of(title));
            withTitle.addAll(source);
            findings = checks.checkSummary(new SummaryUnderReview(lang, withTitle, JsonRows.paragraphs(row, "summary"), summaryBudget));
        } else {
            List<String> target = JsonRows.paragraphs(row, "target");
            String lang = JsonRows.string(row, "lang", defaultTargetLang);
            if (lang == null) {
                throw new BadRowException("no target language: give \"lang\" in the row or --lang");
            }
            if (source.size() != target.size()) {
                throw new BadRowException("\"source\" has " + source.size() + " paragraphs but \"target\" has " + target.size());
            }
            findings = checks.checkTranslation(new TranslationUnderReview(sourceLang, lang, source, target), glossary);
        }
        return toRow(id, findings);
    }

    /** The row for a unit that came from an XLIFF or TMX file. */
    ObjectNode check(String id, String targetLang, String source, String target) {
        return check(id, targetLang, source, target, List.of());
    }

    /** As {@link #check(String, String, String, String)} with the inline codes of the unit's source (XLIFF tags). */
    ObjectNode check(String id, String targetLang, String source, String target, List<InlineCode> codes) {
        List<QaFinding> findings = checks.checkTranslation(new TranslationUnderReview(sourceLang, targetLang, List.of(source), List.of(target),
                List.of(codes)), glossary);
        return toRow(JsonRows.JSON.getNodeFactory().stringNode(id), findings);
    }

    private ObjectNode toRow(JsonNode id, List<QaFinding> findings) {
        ObjectNode out = JsonRows.JSON.createObjectNode();
        out.set("id", id);
        out.set("findings", FindingsJson.of(findings));
        boolean error = false;
        for (QaFinding f : findings) {
            findingsPerCheck.merge(f.check() + " (" + f.severity().name().toLowerCase() + ")", 1, Integer::sum);
            error |= f.isError();
        }
        if (error) {
            rowsWithErrors++;
        }
        return out;
    }

    /** Counts keyed {@code "check (severity)"}, sorted. */
    Map<String, Integer> findingsPerCheck() {
        return findingsPerCheck;
    }

    int rowsWithErrors() {
        return rowsWithErrors;
    }
}
