package org.transdesk.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.transdesk.analytics.QualityRow;

/**
 * One measure as horizontal bars in plain HTML: a {@code figure} whose caption names the measure and a
 * list with one item per group (its label, a bar hidden from screen readers, and the value as text).
 */
final class BarChart {

    private BarChart() {
    }

    static Div of(String caption, List<QualityRow> rows, ToDoubleFunction<QualityRow> value, double scale, DoubleFunction<String> format) {
        return ofOptional(caption, rows, r -> value.applyAsDouble(r), Double.valueOf(scale), format, "");
    }

    static Div ofOptional(String caption, List<QualityRow> rows, Function<QualityRow, Double> value, DoubleFunction<String> format, String none) {
        return ofOptional(caption, rows, value, null, format, none);
    }

    private static Div ofOptional(String caption, List<QualityRow> rows, Function<QualityRow, Double> value, Double scale,
                                  DoubleFunction<String> format, String none) {
        double max = scale != null ? scale : rows.stream().map(value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        Div figure = new Div();
        figure.getElement().setAttribute("role", "figure");
        figure.addClassName("bar-chart");
        Div title = new Div(caption);
        title.addClassName("bar-chart-caption");
        title.setId("chart-" + Integer.toHexString(System.identityHashCode(title)));
        figure.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Div list = new Div();
        list.getElement().setAttribute("role", "list");
        for (QualityRow row : rows) {
            Double v = value.apply(row);
            Div item = new Div();
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("bar-row");
            Span label = new Span(row.label());
            label.addClassName("bar-label");
            Div track = new Div();
            track.addClassName("bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Div bar = new Div();
            bar.addClassName("bar");
            double share = v == null || max <= 0 ? 0 : Math.max(0, Math.min(1, v / max));
            bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", share * 100));
            track.add(bar);
            Span text = new Span(v == null ? none : format.apply(v));
            text.addClassName("bar-value");
            item.add(label, track, text);
            list.add(item);
        }
        figure.add(title, list);
        return figure;
    }
}
