package org.transdesk.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.transdesk.api.ApiToken;
import org.transdesk.api.ApiTokenService;
import org.transdesk.api.CreatedApiToken;
import org.transdesk.base.UserFacingException;

/** Every user: personal API tokens for /api/v1. A new token is shown once, in a dialog; revoking takes effect at once. */
@Route("api-tokens")
@PageTitle("API tokens · Transdesk")
@Menu(order = 80, title = "API tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    final Grid<ApiToken> grid = new Grid<>();
    final TextField name = new TextField("Token name");
    final Button create = new Button("Create token");
    final Select<Validity> validity = new Select<>();

    /** How long a new token works. */
    enum Validity {
        DAYS_30("30 days", java.time.Duration.ofDays(30)), DAYS_90("90 days", java.time.Duration.ofDays(90)),
        YEAR("1 year", java.time.Duration.ofDays(365)), UNLIMITED("until revoked", null);

        final String label;
        final java.time.Duration duration;

        Validity(String label, java.time.Duration duration) {
            this.label = label;
            this.duration = duration;
        }
    }

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        name.setPlaceholder("e.g. CMS production");
        validity.setLabel("Valid for");
        validity.setItems(Validity.values());
        validity.setItemLabelGenerator(v -> v.label);
        validity.setValue(Validity.DAYS_90);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                CreatedApiToken created = tokens.create(name.getValue(), validity.getValue() == null ? null : validity.getValue().duration);
                name.clear();
                refresh();
                showOnce(created);
            } catch (UserFacingException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
            }
        });
        grid.addColumn(ApiToken::name).setHeader("Name");
        grid.addColumn(ApiToken::hint).setHeader("Starts with");
        grid.addColumn(t -> t.createdAt().toString()).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : t.lastUsedAt().toString()).setHeader("Last used");
        grid.addColumn(t -> t.expiresAt() == null ? "never" : t.expiresAt().toString()).setHeader("Expires");
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new Paragraph("revoked");
            }
            if (t.expired()) {
                return new Paragraph("expired");
            }
            Button revoke = new Button("Revoke", e -> {
                tokens.revoke(t.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            return revoke;
        }).setHeader("");
        add(new H1("API tokens"),
                new Paragraph("A token acts with your roles on /api/v1 (see docs/api.md). Send it as 'Authorization: Bearer <token>'."),
                new HorizontalLayout(name, validity, create), grid);
        setAlignItems(Alignment.STRETCH);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private void showOnce(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token \"" + created.token().name() + "\"");
        TextField secret = new TextField("Copy it now: it is not shown again");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("40em");
        secret.setId("new-api-token");
        dialog.add(secret);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }
}
