package org.transdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.transdesk.security.Roles;
import org.transdesk.security.UserAccount;
import org.transdesk.security.UserAccountService;

/** ADMIN: list accounts, create one, enable or disable it. */
@Route("admin/users")
@PageTitle("Users · Transdesk")
@Menu(order = 90, title = "Users")
@RolesAllowed(Roles.ADMIN_ROLE)
public class UsersView extends VerticalLayout {

    private final UserAccountService users;
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final Select<Roles> role = new Select<>();
    final Button create = new Button("Create user");

    public UsersView(UserAccountService users) {
        this.users = users;
        role.setLabel("Role");
        role.setItems(Roles.values());
        role.setValue(Roles.EDITOR);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> createUser());
        grid.addColumn(UserAccount::username).setHeader("User");
        grid.addColumn(UserAccount::role).setHeader("Role");
        grid.addColumn(u -> u.enabled() ? "enabled" : "disabled").setHeader("Status");
        grid.addComponentColumn(u -> new Button(u.enabled() ? "Disable" : "Enable", e -> toggle(u)));
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Users"), form, grid);
        refresh();
    }

    private void createUser() {
        try {
            UserAccount created = users.create(username.getValue(), password.getValue(), role.getValue());
            Notification.show("Created " + created.username()).addThemeVariants(NotificationVariant.SUCCESS);
            username.clear();
            password.clear();
            refresh();
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void toggle(UserAccount user) {
        try {
            users.setEnabled(user.username(), !user.enabled());
            refresh();
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
