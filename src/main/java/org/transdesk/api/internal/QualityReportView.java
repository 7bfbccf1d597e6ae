package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.transdesk.analytics.Grouping;
import org.transdesk.analytics.QualityRow;

/** Post-edit figures per group, for a month or all months. */
@Schema(description = "Post-edit figures of approved versions per group.")
record QualityReportView(
        @Schema(allowableValues = {"engine", "model", "route", "language", "month"}, example = "model") String groupBy,
        @Schema(types = {"string", "null"}, description = "The month (UTC) the figures cover, YYYY-MM; null for all months.", example = "2026-12")
        String month,
        @Schema(description = "Names of the parts of each row's key, in order.", example = "[\"engine\", \"model\"]") List<String> keyColumns,
        @Schema(description = "One row per group, sorted by label.") List<QualityRowView> rows) {

    static QualityReportView of(Grouping grouping, YearMonth month, List<QualityRow> rows) {
        return new QualityReportView(grouping.name().toLowerCase(Locale.ROOT), month == null ? null : month.toString(),
                org.transdesk.analytics.QualityFigures.keyColumns(grouping), rows.stream().map(QualityRowView::of).toList());
    }
}
