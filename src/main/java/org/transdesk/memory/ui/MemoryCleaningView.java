package org.transdesk.memory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.transdesk.memory.MemoryCleaning;
import org.transdesk.security.Roles;

/**
 * ADMIN: translation-memory units that are not translations (target in the wrong script, mostly copied
 * source words, or the source itself), to delete after a look. The service checks the role again.
 */
@Route("admin/memory-cleaning")
@Menu(order = 61, title = "Memory cleaning")
@RolesAllowed(Roles.ADMIN_ROLE)
public class MemoryCleaningView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 500;

    private final MemoryCleaning cleaning;
    final Grid<MemoryCleaning.Suspect> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final Button delete = new Button(getTranslation("cleaning.delete"));

    public MemoryCleaningView(MemoryCleaning cleaning) {
        this.cleaning = cleaning;
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(s -> org.transdesk.memory.LearningReport.reason(getLocale(), s.reason())).setHeader(getTranslation("cleaning.why")).setAutoWidth(true);
        grid.addColumn(s -> s.sourceLang() + " → " + s.targetLang()).setHeader(getTranslation("cleaning.languages")).setAutoWidth(true);
        grid.addColumn(MemoryCleaning.Suspect::sourceText).setHeader(getTranslation("cleaning.source")).setFlexGrow(3);
        grid.addColumn(MemoryCleaning.Suspect::targetText).setHeader(getTranslation("cleaning.target")).setFlexGrow(3);
        grid.addColumn(MemoryCleaning.Suspect::origin).setHeader(getTranslation("cleaning.origin")).setAutoWidth(true);
        grid.setHeight("32em");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setEnabled(false);
        grid.addSelectionListener(e -> delete.setEnabled(!e.getAllSelectedItems().isEmpty()));
        delete.addClickListener(e -> deleteSelected());
        Button rescan = new Button(getTranslation("cleaning.rescan"), e -> refresh());
        add(new H1(getTranslation("cleaning.heading")), new Paragraph(getTranslation("cleaning.explanation")),
                status, new HorizontalLayout(delete, rescan), grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cleaning.page-title");
    }

    private void deleteSelected() {
        Set<MemoryCleaning.Suspect> selected = grid.getSelectedItems();
        int deleted = cleaning.delete(selected.stream().map(MemoryCleaning.Suspect::id).toList());
        refresh();
        status.setText(getTranslation("cleaning.deleted", deleted) + " " + status.getText());
    }

    private void refresh() {
        MemoryCleaning.Scan scan = cleaning.scan(LIMIT);
        grid.setItems(scan.suspects());
        grid.deselectAll();
        status.setText(scan.suspects().isEmpty() ? getTranslation("cleaning.none", scan.scanned())
                : scan.more() ? getTranslation("cleaning.found-more", scan.suspects().size(), scan.scanned(), LIMIT)
                : getTranslation("cleaning.found", scan.suspects().size(), scan.scanned()));
    }
}
