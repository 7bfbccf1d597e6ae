package org.transdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.Roles;
import org.transdesk.security.UserAccount;
import org.transdesk.security.UserAccountService;

/**
 * ADMIN: list accounts, create one, change its role, reset its password, enable or disable it (the
 * last three end its open sessions at once), and lift sign-in locks after too many failed sign-ins.
 */
@Route("admin/users")
@PageTitle("Users · Transdesk")
@Menu(order = 90, title = "Users")
@RolesAllowed(Roles.ADMIN_ROLE)
public class UsersView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final UserAccountService users;
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    final Grid<UserAccountService.SignInLock> locks = new Grid<>();
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
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(u -> u.enabled() ? "enabled" : "disabled").setHeader("Status");
        grid.addComponentColumn(u -> new HorizontalLayout(
                small(new Button(u.enabled() ? "Disable" : "Enable", e -> act(() -> users.setEnabled(u.username(), !u.enabled()),
                        u.enabled() ? u.username() + " is disabled; their open sessions end now." : u.username() + " is enabled."))),
                small(new Button("Reset password", e -> resetPassword(u)))));
        grid.setAllRowsVisible(true);
        locks.addColumn(UserAccountService.SignInLock::what).setHeader("Account or address");
        locks.addColumn(UserAccountService.SignInLock::failures).setHeader("Failed sign-ins");
        locks.addColumn(l -> l.locked() ? "locked until " + TIME.format(l.lockedUntil()) : "not locked").setHeader("Status");
        locks.addComponentColumn(l -> small(new Button("Unlock", e -> act(() -> users.unlock(l.key()), "Unlocked " + l.what() + "."))));
        locks.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1("Users"), form, grid, new H2("Failed sign-ins"),
                new Paragraph("After too many failed sign-ins an account, or a client address, is locked for a while; unlock it here."), locks);
        refresh();
    }

    private Select<Roles> roleSelect(UserAccount user) {
        Select<Roles> select = new Select<>();
        select.setItems(Roles.values());
        select.setValue(user.role());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != e.getOldValue()) {
                act(() -> users.setRole(user.username(), e.getValue()),
                        user.username() + " is now " + e.getValue() + "; their open sessions end now.");
            }
        });
        return select;
    }

    private void resetPassword(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.username());
        PasswordField next = new PasswordField("New password");
        next.setHelperText("At least 8 characters. Tell it to " + user.username() + " in person; their open sessions end.");
        next.setWidth("24em");
        Button save = new Button("Set password", e -> {
            if (act(() -> users.resetPassword(user.username(), next.getValue()), "New password set for " + user.username() + ".")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(next);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void createUser() {
        try {
            UserAccount created = users.create(username.getValue(), password.getValue(), role.getValue());
            Notification.show("Created " + created.username()).addThemeVariants(NotificationVariant.SUCCESS);
            username.clear();
            password.clear();
            refresh();
        } catch (IllegalArgumentException | UserFacingException ex) {
            Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.SUCCESS);
            return true;
        } catch (IllegalArgumentException | UserFacingException ex) {
            Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.ERROR);
            return false;
        } finally {
            refresh();
        }
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private void refresh() {
        grid.setItems(users.list());
        locks.setItems(users.signInLocks());
    }
}
