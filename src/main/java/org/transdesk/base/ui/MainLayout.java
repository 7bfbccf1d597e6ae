package org.transdesk.base.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The frame, in landmarks (banner, navigation, main): brand, menu built from {@code @Menu} views the user may open (titled {@code menu.<route>}
 * in the screen's language), the language switch, user name, sign out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    final Select<Locale> language = new Select<>();
    private final Main main = new Main();

    public MainLayout(AuthenticationContext auth, Environment environment, ObjectProvider<UiLanguage> chosenLanguage) {
        Span brand = new Span("Transdesk");
        brand.addClassName("brand");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Span demo = new Span(getTranslation("layout.demo"));
            demo.addClassName("demo-badge");
            demo.getElement().setAttribute("title", getTranslation("layout.demo.hint"));
            header.add(demo);
        }
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        language.setId("ui-language");
        language.setWidth("11em");
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setAriaLabel(getTranslation("layout.language"));
        language.setValue(Messages.locale());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chosenLanguage.ifAvailable(stored -> stored.choose(e.getValue()));
                UiLocales.use(getUI().orElseThrow(), e.getValue());
                getUI().orElseThrow().getPage().reload();
            }
        });
        header.add(language);
        auth.getPrincipalName().ifPresent(name -> {
            Span user = new Span(name);
            user.addClassName("user-name");
            Button signOut = new Button(getTranslation("layout.sign-out"), e -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            header.add(user, signOut);
        });
        Header banner = new Header(header);
        banner.addClassName("app-banner");
        addToNavbar(banner);
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
        main.addClassName("app-main");
        setContent(main);
    }

    /** Every view sits in the page's one {@code <main>} landmark (app-layout's own parts have none). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private Nav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(menuTitle(entry.path(), entry.title()), entry.path())));
        Nav landmark = new Nav(nav);
        landmark.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        return landmark;
    }

    /** {@code menu.library} for "", {@code menu.admin.users} for "admin/users"; the annotation's title if there is none. */
    static String menuKey(String path) {
        String route = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return "menu." + (route.isEmpty() ? "library" : route.replace('/', '.'));
    }

    private String menuTitle(String path, String fallback) {
        String title = getTranslation(menuKey(path));
        return title.startsWith("!") ? fallback : title;
    }
}
