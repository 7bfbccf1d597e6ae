package org.transdesk.llm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.llm.internal.settings.ProviderRow;
import org.transdesk.security.Roles;

/**
 * ADMIN: the model providers and the route of each output. Changes are stored in the database
 * and override the configuration file; API keys are shown only as "set", never as text.
 */
@Route("admin/models")
@PageTitle("Language models · Transdesk")
@Menu(order = 91, title = "Language models")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModelSettingsView extends VerticalLayout {

    private final ModelSettingsService settings;
    final Grid<ProviderRow> providers = new Grid<>(ProviderRow.class, false);
    final Map<String, Select<String>> routes = new HashMap<>();
    final Span testResult = new Span();
    final ProviderForm form;

    public ModelSettingsView(ModelSettingsService settings) {
        this.settings = settings;
        this.form = new ProviderForm(settings::saveProvider, this::refresh);
        providers.addColumn(ProviderRow::id).setHeader("Id");
        providers.addColumn(ProviderRow::type).setHeader("Type");
        providers.addColumn(ProviderRow::model).setHeader("Model");
        providers.addColumn(r -> r.baseUrl() == null ? "(vendor default)" : r.baseUrl()).setHeader("Base URL");
        providers.addColumn(r -> r.keyProblem() != null ? "cannot be decrypted: enter it again" : r.keySet() ? "••••••" : "none")
                .setHeader("API key");
        providers.addColumn(ProviderRow::origin).setHeader("From");
        providers.addComponentColumn(r -> new HorizontalLayout(new Button("Test", e -> test(r.id())),
                new Button("Edit", e -> form.edit(r)), new Button("Delete", e -> delete(r.id()))))
                .setHeader("").setAutoWidth(true).setFlexGrow(0); // sized to its three buttons: Delete was clipped
        providers.setAllRowsVisible(true);
        testResult.addClassName("model-test-result");

        HorizontalLayout routeBar = new HorizontalLayout();
        routeBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (String key : ModelSettingsService.ROUTE_KEYS) {
            Select<String> select = new Select<>();
            select.setLabel("default".equals(key) ? "Every output (default)" : "Route for " + key);
            select.setEmptySelectionAllowed(!"default".equals(key));
            // the review route has no default: unset, there is no model review
            select.setEmptySelectionCaption("review".equals(key) ? "(no model review)" : "(use default)");
            routes.put(key, select);
            routeBar.add(select);
        }
        routeBar.add(new Button("Save routes", e -> saveRoutes()));

        add(new H1("Language models"),
                new Paragraph("Providers and routes saved here override transdesk.llm.* from the configuration file."),
                providers, testResult, new H2("Add or change a provider"), form, new H2("Routes"), routeBar);
        refresh();
    }

    private void test(String id) {
        try {
            var probe = settings.test(id);
            testResult.setText("'" + id + "' answered in " + probe.latencyMs() + " ms: " + probe.reply() + serverModels(id));
        } catch (UserFacingException e) {
            testResult.setText("'" + id + "' failed: " + e.getMessage());
        }
    }

    private String serverModels(String id) {
        try {
            var names = settings.serverModels(id);
            return names.isEmpty() ? "" : " · models on the server: " + String.join(", ", names.stream().limit(30).toList())
                    + (names.size() > 30 ? " …" : "");
        } catch (UserFacingException e) {
            return " · " + e.getMessage();
        }
    }

    private void delete(String id) {
        try {
            settings.deleteProvider(id);
            refresh();
        } catch (UserFacingException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void saveRoutes() {
        try {
            for (String key : ModelSettingsService.ROUTE_KEYS) {
                String engine = routes.get(key).getValue();
                String saved = settings.routes().get(key);
                if (engine != null && !engine.isBlank() && !engine.equals(saved)) {
                    settings.setRoute(key, engine);
                } else if ((engine == null || engine.isBlank()) && saved != null && !saved.isBlank() && !"default".equals(key)) {
                    settings.clearRoute(key); // "(use default)" chosen: was ignored while "Routes saved" was shown
                }
            }
            Notification.show("Routes saved").addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (UserFacingException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void refresh() {
        providers.setItems(settings.providers());
        var choices = settings.engineChoices();
        settings.routes().forEach((key, engine) -> {
            Select<String> select = routes.get(key);
            select.setItems(choices);
            select.setValue(engine == null || engine.isBlank() ? null : engine);
        });
    }
}
