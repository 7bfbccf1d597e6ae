package org.transdesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The frame: brand, menu built from {@code @Menu} views the user may open, user name, sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, Environment environment) {
        Span brand = new Span("Transdesk");
        brand.addClassName("brand");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Span demo = new Span("Demo mode");
            demo.addClassName("demo-badge");
            demo.getElement().setAttribute("title", "Demo accounts with a known password are active");
            header.add(demo);
        }
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        auth.getPrincipalName().ifPresent(name -> {
            Span user = new Span(name);
            user.addClassName("user-name");
            Button signOut = new Button("Sign out", e -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            header.add(user, signOut);
        });
        addToNavbar(header);
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }
}
