package org.transdesk.analytics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.transdesk.analytics.Grouping;
import org.transdesk.analytics.QualityFigures;
import org.transdesk.analytics.QualityRow;
import org.transdesk.security.Roles;

/**
 * REVIEWER and ADMIN: how much editors changed the machine drafts, per engine and model, per route
 * (output with its engine and model) and per language, for all months or one: bar charts in plain HTML (each bar's value written beside it, so
 * the chart reads without the bars), a table of all figures, and the same rows as CSV.
 */
@Route("quality")
@Menu(order = 70, title = "Quality")
@RolesAllowed(Roles.REVIEWER_ROLE)
@StyleSheet("styles/quality.css")
public class QualityView extends VerticalLayout implements HasDynamicTitle {

    static final List<Grouping> SHOWN = List.of(Grouping.MODEL, Grouping.ROUTE, Grouping.LANGUAGE);

    final Select<Optional<YearMonth>> month = new Select<>();
    final Div sections = new Div();
    private final QualityFigures figures;

    public QualityView(QualityFigures figures) {
        this.figures = figures;
        addClassName("quality-view");
        List<Optional<YearMonth>> months = new ArrayList<>();
        months.add(Optional.empty());
        figures.months().forEach(m -> months.add(Optional.of(m)));
        month.setId("quality-month");
        month.setLabel(getTranslation("quality.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> m.map(Format::month).orElse(getTranslation("quality.month.all")));
        month.setValue(Optional.empty());
        month.addValueChangeListener(e -> refresh());
        add(new H1(getTranslation("quality.heading")), new Paragraph(getTranslation("quality.intro")), month, sections);
        sections.setWidthFull();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.page-title");
    }

    YearMonth selectedMonth() {
        return month.getValue() == null ? null : month.getValue().orElse(null);
    }

    void refresh() {
        sections.removeAll();
        YearMonth selected = selectedMonth();
        for (Grouping grouping : SHOWN) {
            List<QualityRow> rows = figures.rows(grouping, selected);
            Div section = new Div();
            section.addClassName("quality-section");
            section.setId("quality-" + grouping.name().toLowerCase(java.util.Locale.ROOT));
            section.add(new H2(getTranslation(switch (grouping) {
                case ROUTE -> "quality.by.route";
                case LANGUAGE -> "quality.by.language";
                default -> "quality.by.model";
            })));
            if (rows.isEmpty()) {
                section.add(new Paragraph(getTranslation("quality.empty")));
                sections.add(section);
                continue;
            }
            HorizontalLayout charts = new HorizontalLayout();
            charts.addClassName("quality-charts");
            charts.setWrap(true);
            charts.add(BarChart.of(getTranslation("quality.edited-share"), rows, QualityRow::editedShare, 1.0, Format::percent));
            charts.add(BarChart.of(getTranslation("quality.chrf"), rows, QualityRow::meanChrf, 100.0, Format::chrf));
            charts.add(BarChart.of(getTranslation("quality.hter"), rows, QualityRow::meanHter, 1.0, Format::percent));
            charts.add(BarChart.ofOptional(getTranslation("quality.time"), rows,
                    r -> r.medianTimeToApproval() == null ? null : (double) r.medianTimeToApproval().toSeconds(),
                    seconds -> Format.duration(seconds, this::getTranslation), getTranslation("quality.none")));
            charts.add(BarChart.ofOptional(getTranslation("quality.cost"), rows,
                    r -> r.costPerApprovedWord() == null ? null : r.costPerApprovedWord().doubleValue(), Format::cost,
                    getTranslation("quality.none")));
            section.add(charts, table(rows), csv(grouping, selected));
            sections.add(section);
        }
    }

    private Grid<QualityRow> table(List<QualityRow> rows) {
        Grid<QualityRow> grid = new Grid<>(QualityRow.class, false);
        grid.addClassName("quality-table");
        grid.addColumn(QualityRow::label).setHeader(getTranslation("quality.group")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(QualityRow::versions).setHeader(getTranslation("quality.versions")).setAutoWidth(true);
        grid.addColumn(r -> r.editedParagraphs() + " / " + r.paragraphs()).setHeader(getTranslation("quality.edited-paragraphs")).setAutoWidth(true);
        grid.addColumn(r -> Format.percent(r.editedShare())).setHeader(getTranslation("quality.edited-share")).setAutoWidth(true);
        grid.addColumn(r -> Format.chrf(r.meanChrf())).setHeader(getTranslation("quality.chrf")).setAutoWidth(true);
        grid.addColumn(r -> Format.percent(r.meanHter())).setHeader(getTranslation("quality.hter")).setAutoWidth(true);
        grid.addColumn(r -> r.medianTimeToApproval() == null ? getTranslation("quality.none")
                : Format.duration(r.medianTimeToApproval().toSeconds(), this::getTranslation)).setHeader(getTranslation("quality.time")).setAutoWidth(true);
        grid.addColumn(QualityRow::approvedWords).setHeader(getTranslation("quality.words")).setAutoWidth(true);
        grid.addColumn(r -> r.costPerApprovedWord() == null ? getTranslation("quality.none") : Format.cost(r.costPerApprovedWord().doubleValue()))
                .setHeader(getTranslation("quality.cost")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("quality.table"));
        return grid;
    }

    private Anchor csv(Grouping grouping, YearMonth selected) {
        String name = "quality-" + grouping.name().toLowerCase(java.util.Locale.ROOT) + (selected == null ? "" : "-" + selected) + ".csv";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = figures.csv(grouping, selected).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content), name, "text/csv; charset=utf-8", content.length);
        }), getTranslation("quality.download-csv"));
        link.setId("quality-csv-" + grouping.name().toLowerCase(java.util.Locale.ROOT));
        link.getElement().setAttribute("download", true);
        return link;
    }
}
