package org.transdesk.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.transdesk.analytics.internal.FigureStore;

/**
 * Post-edit figures for reviewers and admins: rows per grouping, optionally for one month of
 * approval (UTC), and the same rows as CSV. Editors are refused, as the figures compare people's work.
 */
@Service
public class QualityFigures {

    static final List<String> MEASURES = List.of("versions", "paragraphs", "edited_paragraphs", "edited_share", "mean_chrf", "mean_hter",
            "median_seconds_to_approval", "approved_words", "cost", "cost_per_approved_word");

    private final FigureStore store;

    QualityFigures(FigureStore store) {
        this.store = store;
    }

    /** The rows of {@code grouping}; {@code month} null means all months. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<QualityRow> rows(Grouping grouping, YearMonth month) {
        return QualityRows.of(store.figures(month), grouping);
    }

    /** Months that have approvals, newest first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<YearMonth> months() {
        return store.months();
    }

    /** The figures of every approved version (of {@code month}, or all), oldest first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<PostEditFigure> versions(YearMonth month) {
        return store.figures(month);
    }

    /** {@link #rows} as CSV (RFC 4180, header first, dot decimals). */
    @PreAuthorize("hasRole('REVIEWER')")
    public String csv(Grouping grouping, YearMonth month) {
        List<String> header = new ArrayList<>(keyColumns(grouping));
        header.addAll(MEASURES);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (QualityRow row : rows(grouping, month)) {
                List<Object> cells = new ArrayList<>(row.key());
                cells.add(row.versions());
                cells.add(row.paragraphs());
                cells.add(row.editedParagraphs());
                cells.add(decimal(row.editedShare()));
                cells.add(decimal(row.meanChrf()));
                cells.add(decimal(row.meanHter()));
                cells.add(row.medianTimeToApproval() == null ? "" : row.medianTimeToApproval().toSeconds());
                cells.add(row.approvedWords());
                cells.add(row.cost() == null ? "" : row.cost().toPlainString());
                cells.add(row.costPerApprovedWord() == null ? "" : row.costPerApprovedWord().toPlainString());
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Names of the key columns of a grouping, in the order of {@link QualityRow#key()}. */
    public static List<String> keyColumns(Grouping grouping) {
        return switch (grouping) {
            case ENGINE -> List.of("engine");
            case MODEL -> List.of("engine", "model");
            case ROUTE -> List.of("output", "engine", "model");
            case LANGUAGE -> List.of("language");
            case MONTH -> List.of("month");
        };
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
