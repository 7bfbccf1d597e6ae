package org.transdesk.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Figures of one group of approved versions: {@code key} names the group in the grouping's terms
 * (engine and model; output, engine and model; language; or month). Shares and rates are 0 to 1;
 * chrF 0 to 100; the median time and the cost per approved word are {@code null} where no version of
 * the group has them.
 */
public record QualityRow(List<String> key, String label, int versions, int paragraphs, int editedParagraphs, double editedShare,
                         double meanChrf, double meanHter, Duration medianTimeToApproval, int approvedWords, BigDecimal cost,
                         BigDecimal costPerApprovedWord) {

    public QualityRow {
        key = List.copyOf(key);
    }
}
