package org.transdesk.api.ui;

import static org.transdesk.base.ui.Messages.tr;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.transdesk.base.ui.Failures;
import org.transdesk.api.ApiToken;
import org.transdesk.api.ApiTokenService;
import org.transdesk.api.CreatedApiToken;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Messages;

/** Every user: personal API tokens for /api/v1. A new token is shown once, in a dialog; revoking takes effect at once. */
@Route("api-tokens")
@Menu(order = 80, title = "API tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    final Grid<ApiToken> grid = new Grid<>();
    final TextField name = new TextField(tr("tokens.name"));
    final Button create = new Button(tr("tokens.create"));
    final Select<Validity> validity = new Select<>();

    /** How long a new token works. */
    enum Validity {
        DAYS_30(java.time.Duration.ofDays(30)), DAYS_90(java.time.Duration.ofDays(90)),
        YEAR(java.time.Duration.ofDays(365)), UNLIMITED(null);

        final java.time.Duration duration;

        Validity(java.time.Duration duration) {
            this.duration = duration;
        }

        String label() {
            return switch (this) {
                case DAYS_30 -> tr("tokens.valid.30-days");
                case DAYS_90 -> tr("tokens.valid.90-days");
                case YEAR -> tr("tokens.valid.year");
                case UNLIMITED -> tr("tokens.valid.until-revoked");
            };
        }
    }

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        validity.setLabel(getTranslation("tokens.valid-for"));
        validity.setItems(Validity.values());
        validity.setItemLabelGenerator(Validity::label);
        validity.setValue(Validity.DAYS_90);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                CreatedApiToken created = tokens.create(name.getValue(), validity.getValue() == null ? null : validity.getValue().duration);
                name.clear();
                refresh();
                showOnce(created);
            } catch (UserFacingException ex) {
                Notification.show(Failures.say(ex), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
            }
        });
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.column.name"));
        grid.addColumn(ApiToken::hint).setHeader(getTranslation("tokens.column.hint"));
        grid.addColumn(t -> Messages.dateTime(t.createdAt())).setHeader(getTranslation("tokens.column.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never") : Messages.dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.column.last-used"));
        grid.addColumn(t -> t.expiresAt() == null ? getTranslation("tokens.never") : Messages.dateTime(t.expiresAt()))
                .setHeader(getTranslation("tokens.column.expires"));
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new Paragraph(getTranslation("tokens.revoked"));
            }
            if (t.expired()) {
                return new Paragraph(getTranslation("tokens.expired"));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                tokens.revoke(t.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            revoke.setAriaLabel(getTranslation("tokens.revoke.named", t.name()));
            return revoke;
        }).setHeader(getTranslation("tokens.column.actions"));
        add(new H1(getTranslation("tokens.heading")), new Paragraph(getTranslation("tokens.text")),
                new HorizontalLayout(name, validity, create), grid);
        setAlignItems(Alignment.STRETCH);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.page-title");
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private void showOnce(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.created.heading", created.token().name()));
        TextField secret = new TextField(getTranslation("tokens.created.copy"));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("40em");
        secret.setId("new-api-token");
        dialog.add(secret);
        dialog.getFooter().add(new Button(getTranslation("tokens.created.done"), e -> dialog.close()));
        dialog.open();
    }
}
