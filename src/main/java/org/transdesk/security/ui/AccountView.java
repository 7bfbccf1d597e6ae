package org.transdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.transdesk.base.ui.Failures;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.UserAccountService;

/** Every user: change your own password (your other sessions end; this one goes on). */
@Route("account")
@Menu(order = 95, title = "My account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField(getTranslation("account.current"));
    final PasswordField next = new PasswordField(getTranslation("account.new"));
    final PasswordField repeat = new PasswordField(getTranslation("account.repeat"));
    final Button change = new Button(getTranslation("account.change"));

    public AccountView(UserAccountService users) {
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText(getTranslation("account.new.helper"));
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickListener(e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                error(getTranslation("account.differ"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notification.show(getTranslation("account.changed"))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (UserFacingException | IllegalArgumentException ex) {
                error(Failures.say(ex));
            }
        });
        add(new H1(getTranslation("account.title")), new Paragraph(getTranslation("account.signed-in-as", CurrentUser.name().orElse("?"))),
                current, next, repeat, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title");
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
