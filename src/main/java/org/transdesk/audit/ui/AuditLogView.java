package org.transdesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.transdesk.audit.AuditEvent;
import org.transdesk.audit.AuditLog;
import org.transdesk.security.Roles;

/** ADMIN: who did what, when, to which article and output; newest first, filtered by any word. */
@Route("admin/audit")
@Menu(order = 91, title = "Audit log")
@RolesAllowed(Roles.ADMIN_ROLE)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 2000;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    final TextField filter = new TextField();
    final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final List<AuditEvent> events;

    public AuditLogView(AuditLog audit) {
        setSizeFull();
        events = audit.recent(SHOWN);
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter.label"));
        filter.setClearButtonVisible(true);
        filter.setWidth("min(32rem, 100%)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.articleId() == null ? "" : String.valueOf(e.articleId())).setHeader(getTranslation("audit.article")).setAutoWidth(true);
        grid.addColumn(e -> e.output() == null ? "" : e.output()).setHeader(getTranslation("audit.output")).setAutoWidth(true);
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("audit.from")).setAutoWidth(true);
        grid.setSizeFull();
        add(new H1(getTranslation("audit.heading")), filter, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }

    void refresh() {
        String[] words = filter.getValue().toLowerCase(Locale.ROOT).strip().split("\\s+");
        grid.setItems(events.stream().filter(e -> Stream.of(words).allMatch(w -> text(e).contains(w))).toList());
    }

    private static String text(AuditEvent e) {
        return String.join(" ", e.actor(), e.action(), e.articleId() == null ? "" : String.valueOf(e.articleId()),
                e.output() == null ? "" : e.output(), e.detail() == null ? "" : e.detail(),
                e.address() == null ? "" : e.address()).toLowerCase(Locale.ROOT);
    }
}
