package org.transdesk.memory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Memory cleaning · Transdesk")
@Menu(order = 61, title = "Memory cleaning")
@RolesAllowed(Roles.ADMIN_ROLE)
public class MemoryCleaningView extends VerticalLayout {

    static final int LIMIT = 500;

    private final MemoryCleaning cleaning;
    final Grid<MemoryCleaning.Suspect> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final Button delete = new Button("Delete selected");

    public MemoryCleaningView(MemoryCleaning cleaning) {
        this.cleaning = cleaning;
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(s -> s.reason().label()).setHeader("Why").setAutoWidth(true);
        grid.addColumn(s -> s.sourceLang() + " → " + s.targetLang()).setHeader("Languages").setAutoWidth(true);
        grid.addColumn(MemoryCleaning.Suspect::sourceText).setHeader("Source").setFlexGrow(3);
        grid.addColumn(MemoryCleaning.Suspect::targetText).setHeader("Target").setFlexGrow(3);
        grid.addColumn(MemoryCleaning.Suspect::origin).setHeader("Origin").setAutoWidth(true);
        grid.setHeight("32em");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setEnabled(false);
        grid.addSelectionListener(e -> delete.setEnabled(!e.getAllSelectedItems().isEmpty()));
        delete.addClickListener(e -> deleteSelected());
        Button rescan = new Button("Scan again", e -> refresh());
        add(new H1("Memory cleaning"),
                new Paragraph("Pairs the memory holds that are not translations: the target is in the wrong script for its language, "
                        + "is mostly copied source words, or is the source itself. Approvals no longer teach such pairs; "
                        + "select what to delete (the deletion is recorded in the audit log)."),
                status, new HorizontalLayout(delete, rescan), grid);
        refresh();
    }

    private void deleteSelected() {
        Set<MemoryCleaning.Suspect> selected = grid.getSelectedItems();
        int deleted = cleaning.delete(selected.stream().map(MemoryCleaning.Suspect::id).toList());
        refresh();
        status.setText("Deleted " + deleted + (deleted == 1 ? " unit. " : " units. ") + status.getText());
    }

    private void refresh() {
        MemoryCleaning.Scan scan = cleaning.scan(LIMIT);
        grid.setItems(scan.suspects());
        grid.deselectAll();
        status.setText(scan.suspects().isEmpty() ? "None of the " + scan.scanned() + " units needs cleaning."
                : scan.suspects().size() + (scan.more() ? "+" : "") + " of " + scan.scanned() + " units are not translations"
                + (scan.more() ? " (the first " + LIMIT + " are listed: delete them and scan again)." : "."));
    }
}
