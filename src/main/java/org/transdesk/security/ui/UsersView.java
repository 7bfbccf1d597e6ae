package org.transdesk.security.ui;

import static org.transdesk.base.ui.Messages.tr;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.transdesk.base.ui.Failures;
import org.transdesk.base.UserFacingException;
import org.transdesk.base.ui.Messages;
import org.transdesk.security.Roles;
import org.transdesk.security.UserAccount;
import org.transdesk.security.UserAccountService;

/**
 * ADMIN: list accounts, create one, change its role, reset its password, enable or disable it (the
 * last three end its open sessions at once), and lift sign-in locks after too many failed sign-ins.
 */
@Route("admin/users")
@Menu(order = 90, title = "Users")
@RolesAllowed(Roles.ADMIN_ROLE)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService users;
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    final Grid<UserAccountService.SignInLock> locks = new Grid<>();
    final TextField username = new TextField(tr("users.username"));
    final PasswordField password = new PasswordField(tr("users.password"));
    final Select<Roles> role = new Select<>();
    final Button create = new Button(tr("users.create"));

    public UsersView(UserAccountService users) {
        this.users = users;
        role.setLabel(getTranslation("users.role"));
        role.setItemLabelGenerator(UsersView::roleName);
        role.setItems(Roles.values());
        role.setValue(Roles.EDITOR);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> createUser());
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.user"));
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled")).setHeader(getTranslation("users.status"));
        grid.addComponentColumn(u -> new HorizontalLayout(
                small(new Button(getTranslation(u.enabled() ? "users.disable" : "users.enable"), e -> act(() -> users.setEnabled(u.username(), !u.enabled()),
                        u.enabled() ? getTranslation("users.disabled-done", u.username()) : getTranslation("users.enabled-done", u.username())))),
                small(new Button(getTranslation("users.reset-password"), e -> resetPassword(u)))))
                .setHeader(getTranslation("users.actions"));
        grid.setAllRowsVisible(true);
        locks.addColumn(UserAccountService.SignInLock::what).setHeader(getTranslation("users.locks.what"));
        locks.addColumn(UserAccountService.SignInLock::failures).setHeader(getTranslation("users.locks.failures"));
        locks.addColumn(l -> l.locked() ? getTranslation("users.locks.locked-until", Messages.dateTime(l.lockedUntil())) : getTranslation("users.locks.not-locked"))
                .setHeader(getTranslation("users.status"));
        locks.addComponentColumn(l -> small(new Button(getTranslation("users.locks.unlock"), e -> act(() -> users.unlock(l.key()),
                getTranslation("users.locks.unlocked", l.what()))))).setHeader(getTranslation("users.actions"));
        locks.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("users.heading")), form, grid, new H2(getTranslation("users.locks.heading")),
                new Paragraph(getTranslation("users.locks.text")), locks);
        refresh();
    }

    private Select<Roles> roleSelect(UserAccount user) {
        Select<Roles> select = new Select<>();
        select.setItems(Roles.values());
        select.setItemLabelGenerator(UsersView::roleName);
        select.setAriaLabel(getTranslation("users.role-of", user.username()));
        select.setValue(user.role());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != e.getOldValue()) {
                act(() -> users.setRole(user.username(), e.getValue()),
                        getTranslation("users.role-changed", user.username(), roleName(e.getValue())));
            }
        });
        return select;
    }

    private void resetPassword(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.new-password.heading", user.username()));
        PasswordField next = new PasswordField(getTranslation("users.new-password"));
        next.setHelperText(getTranslation("users.new-password.helper", user.username()));
        next.setWidth("24em");
        Button save = new Button(getTranslation("users.new-password.set"), e -> {
            if (act(() -> users.resetPassword(user.username(), next.getValue()), getTranslation("users.new-password.done", user.username()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(next);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void createUser() {
        try {
            UserAccount created = users.create(username.getValue(), password.getValue(), role.getValue());
            Notification.show(getTranslation("users.created", created.username())).addThemeVariants(NotificationVariant.SUCCESS);
            username.clear();
            password.clear();
            refresh();
        } catch (IllegalArgumentException | UserFacingException ex) {
            Notification.show(Failures.say(ex)).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.SUCCESS);
            return true;
        } catch (IllegalArgumentException | UserFacingException ex) {
            Notification.show(Failures.say(ex)).addThemeVariants(NotificationVariant.ERROR);
            return false;
        } finally {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.page-title");
    }

    private static String roleName(Roles role) {
        return switch (role) {
            case EDITOR -> tr("users.role.editor");
            case REVIEWER -> tr("users.role.reviewer");
            case ADMIN -> tr("users.role.admin");
        };
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
