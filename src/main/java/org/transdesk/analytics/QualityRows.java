package org.transdesk.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Aggregates per-version figures into rows: sums, means, the median time, cost over words. */
final class QualityRows {

    private QualityRows() {
    }

    static List<QualityRow> of(List<PostEditFigure> figures, Grouping grouping) {
        Map<List<String>, List<PostEditFigure>> groups = new LinkedHashMap<>();
        figures.stream().sorted(Comparator.comparing(PostEditFigure::approvedAt))
                .forEach(f -> groups.computeIfAbsent(grouping.keyOf(f), k -> new ArrayList<>()).add(f));
        return groups.entrySet().stream().map(e -> row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(QualityRow::label)).toList();
    }

    private static QualityRow row(List<String> key, List<PostEditFigure> group) {
        int paragraphs = group.stream().mapToInt(PostEditFigure::paragraphs).sum();
        int edited = group.stream().mapToInt(PostEditFigure::editedParagraphs).sum();
        int words = group.stream().mapToInt(PostEditFigure::approvedWords).sum();
        double chrf = group.stream().mapToDouble(PostEditFigure::chrf).average().orElse(0);
        double hter = group.stream().mapToDouble(PostEditFigure::hter).average().orElse(0);
        List<BigDecimal> costs = group.stream().map(PostEditFigure::estimatedCost).filter(Objects::nonNull).toList();
        BigDecimal cost = costs.isEmpty() ? null : costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int pricedWords = group.stream().filter(f -> f.estimatedCost() != null).mapToInt(PostEditFigure::approvedWords).sum();
        BigDecimal perWord = cost == null || pricedWords == 0 ? null : cost.divide(BigDecimal.valueOf(pricedWords), MathContext.DECIMAL64);
        return new QualityRow(key, label(key), group.size(), paragraphs, edited, paragraphs == 0 ? 0 : (double) edited / paragraphs,
                chrf, hter, median(group.stream().map(PostEditFigure::timeToApproval).filter(Objects::nonNull).sorted().toList()),
                words, cost, perWord);
    }

    static String label(List<String> key) {
        return String.join(" · ", key.stream().filter(k -> !k.isEmpty()).toList());
    }

    static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
