package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transdesk.analytics.Grouping;
import org.transdesk.analytics.QualityFigures;

/**
 * {@code /api/v1/quality}: post-edit figures of approved versions, as the Quality view shows them,
 * as JSON and as CSV. Needs REVIEWER (the service checks it): the figures compare people's work.
 */
@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Quality", description = "How much editors changed the machine drafts before approval, per engine, model, route, language or month.")
class QualityApi {

    static final String CSV = "text/csv";
    private static final String GROUPINGS = "`engine`, `model`, `route`, `language` or `month`";

    private final QualityFigures figures;

    QualityApi(QualityFigures figures) {
        this.figures = figures;
    }

    @Operation(operationId = "qualityFigures", summary = "Post-edit figures per group",
            description = "One row per group of approved versions, sorted by label. An aggregate, not a collection: not paged. Needs REVIEWER.")
    @ApiResponse(responseCode = "200", description = "The figures (no rows when nothing was approved in the period).")
    @ApiProblems({400, 403, 406})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    QualityReportView report(
            @Parameter(description = "What a row stands for: " + GROUPINGS + ".", example = "model",
                    schema = @Schema(allowableValues = {"engine", "model", "route", "language", "month"}, defaultValue = "model"))
            @RequestParam(defaultValue = "model") String groupBy,
            @Parameter(description = "Only versions approved in this month (UTC), as YYYY-MM; all months when absent.", example = "2026-12")
            @RequestParam(required = false) String month) {
        Grouping grouping = grouping(groupBy);
        YearMonth period = month(month);
        return QualityReportView.of(grouping, period, figures.rows(grouping, period));
    }

    @Operation(operationId = "qualityFiguresCsv", summary = "Post-edit figures per group as CSV",
            description = "The rows of `GET /api/v1/quality` as RFC 4180 CSV (UTF-8, dot decimals): the group's key columns, then `versions`, "
                    + "`paragraphs`, `edited_paragraphs`, `edited_share`, `mean_chrf`, `mean_hter`, `median_seconds_to_approval`, "
                    + "`approved_words`, `cost`, `cost_per_approved_word` (empty when unknown). Needs REVIEWER.")
    @ApiResponse(responseCode = "200", description = "The CSV file.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"quality-model.csv\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiProblems({400, 403})
    @GetMapping("/csv")
    ResponseEntity<byte[]> csv(
            @Parameter(description = "What a row stands for: " + GROUPINGS + ".", example = "language",
                    schema = @Schema(allowableValues = {"engine", "model", "route", "language", "month"}, defaultValue = "model"))
            @RequestParam(defaultValue = "model") String groupBy,
            @Parameter(description = "Only versions approved in this month (UTC), as YYYY-MM; all months when absent.", example = "2026-12")
            @RequestParam(required = false) String month) {
        Grouping grouping = grouping(groupBy);
        YearMonth period = month(month);
        String name = "quality-" + grouping.name().toLowerCase(Locale.ROOT) + (period == null ? "" : "-" + period) + ".csv";
        return Downloads.file(figures.csv(grouping, period).getBytes(StandardCharsets.UTF_8), CSV + "; charset=utf-8", name);
    }

    private static Grouping grouping(String groupBy) {
        return Arrays.stream(Grouping.values()).filter(g -> g.name().equalsIgnoreCase(groupBy)).findFirst()
                .orElseThrow(() -> new ApiBadRequestException("'groupBy' must be " + GROUPINGS + "; got '" + groupBy + "'."));
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new ApiBadRequestException("'month' must be a month as YYYY-MM, e.g. 2026-12; got '" + month + "'.");
        }
    }
}
