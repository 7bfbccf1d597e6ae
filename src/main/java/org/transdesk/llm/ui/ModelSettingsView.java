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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.transdesk.base.ui.Failures;
import org.transdesk.article.Output;
import org.transdesk.article.ui.OutputNames;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.internal.settings.ModelSettingsService;
import org.transdesk.llm.internal.settings.ProviderRow;
import org.transdesk.security.Roles;

/**
 * ADMIN: the model providers and the route of each output. Changes are stored in the database
 * and override the configuration file; API keys are shown only as "set", never as text.
 */
@Route("admin/models")
@Menu(order = 91, title = "Language models")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModelSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ModelSettingsService settings;
    final Grid<ProviderRow> providers = new Grid<>(ProviderRow.class, false);
    final Map<String, Select<String>> routes = new HashMap<>();
    final Span testResult = new Span();
    final ProviderForm form;

    public ModelSettingsView(ModelSettingsService settings) {
        this.settings = settings;
        this.form = new ProviderForm(settings::saveProvider, this::refresh);
        providers.addColumn(ProviderRow::id).setHeader(getTranslation("models.id"));
        providers.addColumn(ProviderRow::type).setHeader(getTranslation("models.type"));
        providers.addColumn(ProviderRow::model).setHeader(getTranslation("models.model"));
        providers.addColumn(r -> r.baseUrl() == null ? getTranslation("models.vendor-default") : r.baseUrl()).setHeader(getTranslation("models.base-url"));
        providers.addColumn(r -> r.keyProblem() != null ? getTranslation("models.key.undecryptable") : r.keySet() ? "••••••" : getTranslation("models.key.none"))
                .setHeader(getTranslation("models.api-key"));
        providers.addColumn(ProviderRow::origin).setHeader(getTranslation("models.origin"));
        providers.addComponentColumn(r -> new HorizontalLayout(named(new Button(getTranslation("models.test"), e -> test(r.id())), "models.test.named", r.id()),
                named(new Button(getTranslation("models.edit"), e -> form.edit(r)), "models.edit.named", r.id()),
                named(new Button(getTranslation("models.delete"), e -> delete(r.id())), "models.delete.named", r.id())))
                .setHeader(getTranslation("models.actions")).setAutoWidth(true).setFlexGrow(0); // sized to its three buttons: Delete was clipped
        providers.setAllRowsVisible(true);
        testResult.addClassName("model-test-result");

        HorizontalLayout routeBar = new HorizontalLayout();
        routeBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (String key : settings.routeKeys()) {
            Select<String> select = new Select<>();
            boolean everyOutput = "default".equals(key);
            select.setLabel(everyOutput ? getTranslation("models.route.default") : getTranslation("models.route.for", routeName(key)));
            select.setEmptySelectionAllowed(!everyOutput);
            // the review route has no default: unset, there is no model review
            select.setEmptySelectionCaption(getTranslation("review".equals(key) ? "models.route.no-review" : "models.route.use-default"));
            routes.put(key, select);
            routeBar.add(select);
        }
        routeBar.add(new Button(getTranslation("models.routes.save"), e -> saveRoutes()));

        add(new H1(getTranslation("models.heading")), new Paragraph(getTranslation("models.text")),
                providers, testResult, new H2(getTranslation("models.form.heading")), form, new H2(getTranslation("models.routes")), routeBar);
        refresh();
    }

    private void test(String id) {
        try {
            var probe = settings.test(id);
            testResult.setText(getTranslation("models.test.answered", id, probe.latencyMs(), probe.reply()) + serverModels(id));
        } catch (UserFacingException e) {
            testResult.setText(getTranslation("models.test.failed", id, Failures.say(e)));
        }
    }

    private String serverModels(String id) {
        try {
            var names = settings.serverModels(id);
            return names.isEmpty() ? "" : " · " + getTranslation("models.test.server-models", String.join(", ", names.stream().limit(30).toList())
                    + (names.size() > 30 ? " …" : ""));
        } catch (UserFacingException e) {
            return " · " + Failures.say(e);
        }
    }

    private void delete(String id) {
        try {
            settings.deleteProvider(id);
            refresh();
        } catch (UserFacingException e) {
            Notification.show(Failures.say(e)).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void saveRoutes() {
        try {
            for (String key : settings.routeKeys()) {
                String engine = routes.get(key).getValue();
                String saved = settings.routes().get(key);
                if (engine != null && !engine.isBlank() && !engine.equals(saved)) {
                    settings.setRoute(key, engine);
                } else if ((engine == null || engine.isBlank()) && saved != null && !saved.isBlank() && !"default".equals(key)) {
                    settings.clearRoute(key); // "(use default)" chosen: was ignored while "Routes saved" was shown
                }
            }
            Notification.show(getTranslation("models.routes.saved")).addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (UserFacingException e) {
            Notification.show(Failures.say(e)).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.page-title");
    }

    private Button named(Button button, String key, String id) {
        button.setAriaLabel(getTranslation(key, id));
        return button;
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

    /** An output's route is named by the output as the workbench names it, with the key the configuration uses. */
    private static String routeName(String key) {
        return Output.ofKey(key).map(o -> OutputNames.of(o) + " (" + key + ")").orElse(key);
    }
}
