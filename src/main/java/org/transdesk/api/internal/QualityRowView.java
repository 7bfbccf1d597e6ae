package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.transdesk.analytics.QualityRow;

/** One group's post-edit figures. */
@Schema(name = "QualityRow", description = "Post-edit figures of one group of approved versions.")
record QualityRowView(
        @Schema(description = "The group's key, one value per key column (an empty string for a model the engine does not name).",
                example = "[\"openai\", \"gpt-4o-mini\"]") List<String> key,
        @Schema(description = "The key joined for display.", example = "openai · gpt-4o-mini") String label,
        @Schema(description = "Approved versions in the group.", example = "12") int versions,
        @Schema(description = "Paragraphs with text in the machine draft or the approved text.", example = "140") int paragraphs,
        @Schema(description = "Paragraphs whose approved text differs from the engine's.", example = "35") int editedParagraphs,
        @Schema(description = "editedParagraphs / paragraphs, 0 to 1.", example = "0.25") double editedShare,
        @Schema(description = "Mean chrF (sacreBLEU default, β 2) of the machine draft against the approved text, 0 to 100.", example = "91.4")
        double meanChrf,
        @Schema(description = "Mean HTER-style rate: word edits per approved word (0 = untouched).", example = "0.082") double meanHter,
        @Schema(types = {"integer", "null"}, format = "int64", description = "Median seconds from the machine draft to approval; null when no engine wrote any of it.",
                example = "5400") Long medianSecondsToApproval,
        @Schema(description = "Words of the approved texts.", example = "5230") int approvedWords,
        @Schema(types = {"number", "null"}, description = "Estimated model cost of the versions; null when no version has one.", example = "0.42")
        BigDecimal cost,
        @Schema(types = {"number", "null"}, description = "cost / approved words of the priced versions; null when no version has a cost.",
                example = "0.00008") BigDecimal costPerApprovedWord) {

    static QualityRowView of(QualityRow row) {
        return new QualityRowView(row.key(), row.label(), row.versions(), row.paragraphs(), row.editedParagraphs(), row.editedShare(),
                row.meanChrf(), row.meanHter(), row.medianTimeToApproval() == null ? null : row.medianTimeToApproval().toSeconds(),
                row.approvedWords(), row.cost(), row.costPerApprovedWord());
    }
}
