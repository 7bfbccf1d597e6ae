package org.transdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.UserAccountService;

/** Every user: change your own password (your other sessions end; this one goes on). */
@Route("account")
@PageTitle("My account · Transdesk")
@Menu(order = 95, title = "My account")
@PermitAll
public class AccountView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button change = new Button("Change password");

    public AccountView(UserAccountService users) {
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText("At least 8 characters.");
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickListener(e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                error("The two new passwords differ.");
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notification.show("Password changed. Your sessions in other browsers have ended.")
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (UserFacingException | IllegalArgumentException ex) {
                error(ex.getMessage());
            }
        });
        add(new H2("My account"), new Paragraph("Signed in as " + CurrentUser.name().orElse("?") + "."), current, next, repeat, change);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
